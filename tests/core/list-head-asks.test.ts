import { expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on the ads-engineering postings of the development set (ml1000-694: "Preferred
// experience: ads system, recommendation, …") and the bank posting ml1000-370 ("experience in
// system design, application development, testing, and …").
const adsPosting = `About the Team
Our monetization team builds the systems that show the right ad to the right person.

What You'll Do
- Participate in the development of a large-scale advertising platform.
- Work with product managers to turn business goals into models.

Qualifications
- Bachelor's degree in Computer Science or a related field.
- Strong coding skills in one or more languages, including but not limited to: Go, C++, Python.
- Hands-on practical experience in system design, application development, testing, and operational stability.
- Daily hands-on experience with model training, deployment, experimentation, and serving tools.
Preferred experience: ads system, recommendation, searching, ranking, etc.

Benefits
- Medical, dental and vision coverage`;

test('the ask before a list asks every item of it, everyday phrases too', () => {
  const found = asks(adsPosting);
  expect(found.get('software-testing')).toBe('required');
  expect(found.get('ab-testing')).toBe('required');
  expect(found.get('computational-advertising')).toBe('preferred');
  expect(found.get('recommender-systems')).toBe('preferred');
  expect(found.get('search-ranking')).toBe('preferred');
});

// The same phrases in a list nothing asks for name the team's field, not a skill.
const teamPosting = `About the Team
Our products span search, ranking, and recommendation for hundreds of millions of people.

Qualifications
- 3+ years of experience with Python and SQL.
- Experience deploying models to production.

Benefits
- Medical, dental and vision coverage`;

test('a list of everyday phrases no ask opens asks for none of them', () => {
  const found = asks(teamPosting);
  expect(found.has('search-ranking')).toBe(false);
  expect(found.has('recommender-systems')).toBe(false);
});
