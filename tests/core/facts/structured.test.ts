import { describe, expect, test } from 'vitest';
import { postingFacts } from '../../../src/core/facts';
import { employmentFromSchema, remoteFromSchema, salaryFromSchema } from '../../../src/core/facts/structured';

describe('schema.org JobPosting fields', () => {
  test('baseSalary as Indeed and Jobright write it', () => {
    expect(
      salaryFromSchema({ '@type': 'MonetaryAmount', currency: 'AUD', value: { '@type': 'QuantitativeValue', maxValue: 160000, minValue: 130000, unitText: 'YEAR' } }),
    ).toEqual({ min: 130000, max: 160000, currency: 'AUD', period: 'year' });
    expect(salaryFromSchema({ currency: 'USD', value: { value: '42.50', unitText: 'HOUR' } })).toEqual({ min: 42.5, max: 42.5, currency: 'USD', period: 'hour' });
  });

  test('iCIMS zeros, nonsense and absence say nothing', () => {
    expect(salaryFromSchema({ '@type': 'MonetaryAmount', currency: 'USD', value: { value: 0, minValue: 0, maxValue: 0, unitText: 'YEAR' } })).toBeNull();
    expect(salaryFromSchema('competitive')).toBeNull();
    expect(salaryFromSchema(undefined)).toBeNull();
    expect(salaryFromSchema({ value: { minValue: 'DOE' } })).toBeNull();
  });

  test('TELECOMMUTE is remote; employment types map to ours', () => {
    expect(remoteFromSchema('TELECOMMUTE')).toBe('remote');
    expect(remoteFromSchema(['telecommute'])).toBe('remote');
    expect(remoteFromSchema(undefined)).toBeNull();
    expect(employmentFromSchema(['FULL_TIME', 'CONTRACTOR'])).toBe('full-time');
    expect(employmentFromSchema('INTERN')).toBe('internship');
    expect(employmentFromSchema('OTHER')).toBeNull();
  });

  test('the page’s structured data wins over the text', () => {
    const facts = postingFacts({
      title: 'Data Engineer',
      location: 'Remote; Denver, CO, US',
      text: 'The salary range for this role is $100,000 - $120,000. This is a hybrid role, three days in the office. Full-time.',
      structured: { baseSalary: { currency: 'USD', value: { minValue: 110000, maxValue: 140000, unitText: 'YEAR' } }, jobLocationType: 'TELECOMMUTE', employmentType: 'CONTRACTOR' },
    });
    expect(facts).toEqual({
      salary: { min: 110000, max: 140000, currency: 'USD', period: 'year' },
      location: 'Remote; Denver, CO, US',
      remote: 'remote',
      employmentType: 'contract',
    });
  });
});
