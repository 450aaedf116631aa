import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { employerNames } from '../../src/core/employer';

const engine = getBundledEngine();

// Modelled on a real posting of a company named after its product, read without the page's
// company field (as from pasted text): the name opens the blurb, a glued "More about" heading
// and the equal-opportunity line.
const productCompany = `Machine Learning Engineer, Inference
At Hugging Face, we're on a journey to democratize good machine learning.
What you'll do
- Develop software for model serving on GPUs, in Rust and Python
- Work with the open-source community on our inference server
About you
- Experience with PyTorch and Docker
- Experience with Kubernetes is a plus
Join our team and contribute to the advancement of open machine learning.More about Hugging FaceWe are actively working to build a culture that values diversity, equity, and inclusivity.
Hugging Face is an equal opportunity employer and we do not discriminate on the basis of race.`;

// Modelled on a real posting whose blurb heading is glued to the last requirement ("…TFAbout
// Meta:"), so no heading starts the blurb; the employer's products follow.
const gluedBlurb = `Software Engineer, Machine Learning
Minimum Qualifications:
Experience with Python and SQL
Preferred Qualifications:
Experience with PyTorch and TFAbout Meta:Meta builds technologies that help people connect. Now, Meta is moving beyond 2D screens toward immersive experiences like augmented and virtual reality to help build the next evolution in social technology.`;

const listed = (text: string) => {
  const gap = engine.analyze({ title: 'Machine Learning Engineer', text, source: 'test' }, []).gap;
  return [...gap.missingRequired, ...gap.missingPreferred].map((s) => s.id);
};

test('the posting names its employer: "At X, we", "About X:", "X is an equal opportunity employer"', () => {
  expect(employerNames(productCompany)).toEqual(['Hugging Face']);
  expect(employerNames(gluedBlurb)).toEqual(['Meta']);
  // A heading is no name, and a name glued to the word before it is not trusted.
  expect(employerNames('About the Role: build models.\nBenefitsBask Health is an equal opportunity employer.')).toEqual([]);
});

test("the employer's own name is not an ask, even when a product has that name", () => {
  const ids = listed(productCompany);
  expect(ids).toEqual(expect.arrayContaining(['pytorch', 'docker', 'kubernetes', 'rust', 'python']));
  expect(ids).not.toContain('hugging-face');
});

test("a sentence about the employer is its blurb, whatever heading it follows", () => {
  const ids = listed(gluedBlurb);
  expect(ids).toEqual(expect.arrayContaining(['python', 'sql', 'pytorch']));
  expect(ids).not.toContain('computer-graphics');
});
