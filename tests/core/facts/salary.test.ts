import { describe, expect, test } from 'vitest';
import { salaryFromText } from '../../../src/core/facts/salary';
import type { Salary } from '../../../src/core/facts/types';

/** Sentences as real postings write them (the US ones from the shared ML postings' wording). */
const pay: Array<[string, Salary, string?]> = [
  [
    'Pay Transparency: The base salary range for this position in the selected city is $145,000 - $250,000 annually. Compensation may vary outside of this range depending on a number of factors.',
    { min: 145000, max: 250000, currency: 'USD', period: 'year' },
  ],
  [
    'The hourly rate range for this position in the selected city is $45- $60.Benefits may vary depending on the nature of employment and the country work location.',
    { min: 45, max: 60, currency: 'USD', period: 'hour' },
  ],
  [
    'For New York-based roles, the base salary hiring range for this position is $200,800 to $334,600.Compensation offered will be determined by factors such as location, level, job-related knowledge.',
    { min: 200800, max: 334600, currency: 'USD', period: 'year' },
  ],
  ['Compensation: USD 160K - 180K base, plus meaningful equity and a 401k with a 4% match.', { min: 160000, max: 180000, currency: 'USD', period: 'year' }],
  ['Salary: £50,000–£60,000 depending on experience, 25 days holiday plus bank holidays, private medical cover.', { min: 50000, max: 60000, currency: 'GBP', period: 'year' }],
  ['We offer €70k base salary, a yearly learning budget and a hybrid setup in our Berlin office.', { min: 70000, max: 70000, currency: 'EUR', period: 'year' }],
  [
    'Upon your leveling and location, the compensation for this role averages between $180,000 - $220,000 CAD base salary. Equity and an annual performance bonus are also offered.',
    { min: 180000, max: 220000, currency: 'CAD', period: 'year' },
  ],
  ['Base Pay Range $117,120.00 - 161,040.00 per yearSplunk provides flexibility and choice in the working arrangement.', { min: 117120, max: 161040, currency: 'USD', period: 'year' }],
  [
    'The base pay for this position ranges from $129,300/year in our lowest geographic market up to $223,600/year in our highest geographic market.',
    { min: 129300, max: 223600, currency: 'USD', period: 'year' },
  ],
  ['Duration: 8 Months (CONTRACT TO HIRE)Pay Range: $70 - $75/hr Description: Looking for a hands-on AI/ML Engineer.', { min: 70, max: 75, currency: 'USD', period: 'hour' }],
  [
    'Healthcare, 401KSmart, genuine, ambitious teamStart date: AprilSalary Range: $150k – $225k + Equity - 0.05% – 0.25%',
    { min: 150000, max: 225000, currency: 'USD', period: 'year' },
  ],
  // Meta writes an hourly floor and a yearly ceiling: both in yearly money (2,080 hours).
  [
    'please let us know at accommodations-ext@fb.com.$70.67/hour to $208,000/year + bonus + equity + benefitsIndividual compensation is determined by skills.',
    { min: 146994, max: 208000, currency: 'USD', period: 'year' },
  ],
  ['The typical base pay range for this role across the U.S. is USD $81,900 - $160,200 per year.', { min: 81900, max: 160200, currency: 'USD', period: 'year' }],
  ['Minimum Salary: $66,560.00Maximum Salary:$120,750.55The pay range for this position is expected in the range listed.', { min: 66560, max: 120750.55, currency: 'USD', period: 'year' }],
];

/** Money that is not the job's pay. */
const traps: string[] = [
  "We've raised over $9.5m from top investors in Silicon Valley, such as Y Combinator. Our Series C put us at a $1.2B valuation.",
  'Zest AI is transforming the $17 trillion US consumer credit market by delivering AI technology that helps lenders.',
  'Biomedicines was founded in 2018 by Flagship Pioneering and has received over $700 millionin funding, providing the resources to rapidly scale.',
  'Our Team’s Favorite Perks And Benefits$1800 Experience bonus to be used for an “Experience” of your choosingUnlimited Sick Time',
  'Benefits: medical, dental and vision, a 401k with 6% match, $2,000 annual learning stipend and a $500 home office allowance.',
  'Disrupt a massive market and take us to a $1B+ business in the next few years. Join a talent-dense environment.',
  'We help retailers recover $40 - $60 of lost revenue per order through better recommendations.',
  'Requirements: 3 to 5 years of experience with Python and SQL; a sign-on bonus of $10,000 is available.',
];

describe('salary from a posting’s text', () => {
  test.each(pay)('%s', (text, expected) => {
    expect(salaryFromText(text)).toEqual(expected);
  });

  test.each(traps)('not pay: %s', (text) => {
    expect(salaryFromText(text)).toBeNull();
  });

  test('a funding sentence before the real range does not win over it', () => {
    const text =
      'Nuro has raised over $2B in capital from Fidelity, Baillie Gifford and Google.About the role: Build perception models.The base salary range for this full-time position is $138,225 - $207,575, plus bonus and equity.';
    expect(salaryFromText(text)).toEqual({ min: 138225, max: 207575, currency: 'USD', period: 'year' });
  });

  const zones =
    'Compensation: Zone A (CA, WA, NYC):The base salary range for this position is $209,000-$313,000 annually.Zone B (Austin, Denver, Boston):The base salary range for this position is $199,000-$297,000 annually.Zone C:The base salary range for this position is $178,000-$266,000 annually.';

  test('several ranges: the first when the location names none of them', () => {
    expect(salaryFromText(zones)).toEqual({ min: 209000, max: 313000, currency: 'USD', period: 'year' });
    expect(salaryFromText(zones, 'Chicago, Illinois')).toEqual({ min: 209000, max: 313000, currency: 'USD', period: 'year' });
  });

  test('several ranges: the one labelled with the posting’s city', () => {
    expect(salaryFromText(zones, 'Austin, Texas')).toEqual({ min: 199000, max: 297000, currency: 'USD', period: 'year' });
    const states =
      'The expected base pay range for this position is New York $132,000 – 178,500, Bay Area California $136,000 – 184,000, Southern California $127,000 – 170,000.';
    expect(salaryFromText(states, 'San Francisco, Bay Area California')?.min).toBe(136000);
  });

  test('a range whose figures are not pay on any scale is dropped whole, not read as its second figure', () => {
    expect(salaryFromText('Base Pay Range:$9,600—$11,500 USDMoloco Thrive: Benefits and Well-Being')).toBeNull();
  });
});

describe('the range for the posting’s place', () => {
  // Splunk's three ranges, as its postings run them together.
  const splunk =
    'NoteBase Pay RangeSF Bay Area, Seattle Metro, and New York City Metro AreaBase Pay Range $119,200.00 - 163,900.00 per yearCalifornia (excludes SF Bay Area), Washington (excludes Seattle Metro), Washington DC Metro, and MassachusettsBase Pay Range $107,280.00 - 147,510.00 per yearAll other cities and states excluding California, Washington, Massachusetts, New York City Metro Area and Washington DC Metro Area.Base Pay Range $95,360.00 - 131,120.00 per yearSplunk provides flexibility.';

  test.each([
    ['San Francisco, California', 119200],
    ['Seattle, WA', 119200],
    ['San Diego, California', 107280],
    ['Boston, Massachusetts', 107280],
    ['Austin, Texas', 119200],
    ['Denver, CO', 119200],
  ])('%s → the range starting at %d', (location, min) => {
    // A place no label names (Austin, Denver) falls back to the first range.
    expect(salaryFromText(splunk, location)?.min).toBe(min);
  });
});
