import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the development set's ads-creative internships (ml1000-198): the team's blurb, glued
// to the first heading, says "Examples of our team's work include…" and runs past the usual
// length of a company sentence through its brackets, naming products built with skills the
// intern is not asked for.
const posting = `Machine Learning Engineer Intern (Creative Ads) - 2025 Start
ResponsibilitiesThe Contoso Ads Creative team's mission is to help advertisers and creators make engaging ads, building tools for landing page understanding, creative production and optimization. Our work is at the core of Contoso's ads business. Examples of our team's work include the Studio video editor, AI-powered smart video generation (we are also exploring speech synthesis and AIGC avatars), and the Creative Exchange (a marketplace that connects advertisers with creators or third-party creative agencies around the world).
What you'll do
- Build recommender systems and ranking models for ad creatives in Python
- Analyze user behavior data to improve creative selection
Minimum Qualifications
- Currently pursuing a degree in Computer Science or a related field
- Solid programming skills in C++ or Python
- Experience with PyTorch or TensorFlow`;

test("a long sentence that opens in the company's voice names its products, it asks nothing", () => {
  const found = asks(posting);
  expect(found.has('diffusion-models')).toBe(false);
  expect(found.has('speech-recognition')).toBe(false);
  expect(found.get('pytorch')).toBe('required');
  expect(found.get('recommender-systems')).toBe('required');
});
