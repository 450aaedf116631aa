import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the development set's defence postings (ml1000-177): a business unit's name, then
// its initials in brackets, where the initials are also a security protocol's name.
const defencePosting = `AI/ML Software Engineer
Basic Qualifications
- Bachelor's degree and 2 or more years of professional experience with Python and C++
- Experience with PyTorch or TensorFlow
At Contoso Aerospace we build simulators that train pilots for the missions ahead. This position is for a Software Engineer to support training systems development. The successful candidate will be flexible, motivated and team oriented.
This position is located in Fort Walton Beach, FL at the Aviation and Mission Platforms (AMP) Training and Logistics (TLS), Keeping up-to-date on emerging technologies and tools will be encouraged. We offer a continuous learning environment with strong career growth.
The Work
- Develop machine learning models for pilot training simulators
- Integrate models into C++ and Python applications
Desired Skills
- Experience with Red Hat Enterprise Linux (RHEL)
- Knowledge of Large Language Models (LLMs)
- Experience securing services with Transport Layer Security (TLS) certificates
Benefits
- Medical, dental and vision coverage`;

test('initials in brackets after a unit\'s name abbreviate the name, they ask no skill', () => {
  const unit = defencePosting.replace('- Experience securing services with Transport Layer Security (TLS) certificates\n', '');
  const found = asks(unit);
  expect(found.has('cryptography')).toBe(false);
  expect(found.get('python')).toBe('required');
});

test('initials that abbreviate the skill itself stay asked (a word of its name, a mention, or its own name)', () => {
  const found = asks(defencePosting);
  expect(found.get('linux')).toBe('preferred');
  expect(found.get('llms')).toBe('preferred');
  expect(found.get('cryptography')).toBe('preferred');
  const css = asks(`Frontend Engineer
Requirements
- Proficiency in the following: JavaScript, HTML and Cascading Style Sheet (CSS)
- 2+ years of experience with React`);
  expect(css.get('css')).toBe('required');
});
