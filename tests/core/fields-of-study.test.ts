import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real new-graduate postings: the fields of study come after "a background in", and
// the list ends the way a degree line does; another line asks for a field as a skill.
const posting = (background: string) => `Software Engineer Graduate (Search) - 2025 Start
Responsibilities
- Build recommendation and search models for video understanding
Minimum Qualifications
- ${background}
- Proficiency in Python or C++
- Experience with deep learning and computer vision
- A background in statistics and data analysis`;

const listed = (text: string) => {
  const gap = engine.analyze({ title: 'Software Engineer Graduate', text, source: 'test' }, []).gap;
  return [...gap.missingRequired, ...gap.missingPreferred].map((s) => s.id);
};

test('"a background in A, B, or a related technical discipline" names fields of study, not skills', () => {
  const ids = listed(posting('Current or recent graduate with a background in Software Development, Computer Science, Computer Engineering, or a related technical discipline'));
  expect(ids).toEqual(expect.arrayContaining(['python', 'cpp', 'deep-learning', 'computer-vision', 'statistics', 'data-analysis']));
  expect(ids).not.toContain('software-engineering');
});

test('"a background in" a field without the ending of a list of studies still asks for it', () => {
  expect(listed(posting('Current or recent graduate with a background in software development'))).toContain('software-engineering');
});
