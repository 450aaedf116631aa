import { describe, expect, test } from 'vitest';
import { postingFacts } from '../../../src/core/facts';

const facts = (title: string, text: string, location?: string) => postingFacts({ title, text, location });

describe('remote, hybrid, on-site and employment type from the text', () => {
  test.each([
    ['Machine Learning Engineer (Remote)', 'Build ranking models for our marketplace.', undefined, 'remote'],
    ['Data Scientist', 'This is a hybrid role based in our Austin office, with three days a week on-site.', 'Austin, TX', 'hybrid'],
    ['ML Engineer', '🚀 Machine Learning Engineer 📍 San Francisco, CA (On-site) 💵 $150k - $240k + Equity', undefined, 'onsite'],
    ['Senior Data Engineer', 'We are a fully remote company with teammates in 14 countries.', undefined, 'remote'],
    // No "remote" anywhere: working from home is said in other words.
    ['Data Analyst', 'You will be WORKING FROM HOME with a monthly team day in Denver.', undefined, 'remote'],
    // A capital İ lower-cases to two characters: the text is read as written, not lower-cased.
    ['ML Engineer', 'İstanbul or Ankara: this is a Hybrid position, two days In-Office.', undefined, 'hybrid'],
    ['ML Engineer', 'Ankara office (İstanbul welcome). Interviews are virtual; the job is IN PERSON.', undefined, 'onsite'],
  ] as const)('%s: %s', (title, text, location, expected) => {
    expect(facts(title, text, location).remote).toBe(expected);
  });

  test.each([
    'We build hybrid cloud infrastructure for hospitals and research remote sensing imagery.',
    'Experience with hybrid search (BM25 plus dense retrieval) and onsite interviews are part of the process.',
  ])('says nothing about the arrangement: %s', (text) => {
    expect(facts('Machine Learning Engineer', text).remote).toBeNull();
  });

  test.each([
    ['Machine Learning Intern, Summer 2025', 'Join our internship program.', 'internship'],
    ['AI/ML Engineer', 'Duration: 8 Months (CONTRACT TO HIRE) Pay Range: $70 - $75/hr on W2.', 'contract'],
    ['Data Engineer', 'This is a full-time position with benefits; contractors and agencies please do not apply.', 'full-time'],
    ['Research Scientist', 'Publish at top venues and collaborate with product teams.', null],
  ] as const)('%s', (title, text, expected) => {
    expect(facts(title, text).employmentType).toBe(expected);
  });

  test('a location the text labels, when the page gave none', () => {
    expect(facts('ML Engineer', 'Job Title: Machine Learning EngineerLocation: Washington D.C (Hybrid/Remote)My client is expanding.').location).toBe(
      'Washington D.C (Hybrid/Remote)',
    );
  });
});
