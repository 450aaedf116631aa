import { expect, test } from 'vitest';
import { asks, listed } from './asked';

// Modelled on the development set's document and NLP postings (ml1000-217, ml1000-968,
// ml1000-630): the duties name the data the job handles, the qualifications ask the skills.
const documentPosting = `Machine Learning Engineer, Document Intelligence
Northwind Health builds tools that turn clinical paperwork into answers for care teams.
What You'll Do
- Work with large amounts of structured and unstructured data from referrals, lab reports and scanned forms.
- Design and develop ETL pipelines for structured and unstructured data, and keep them reliable in production.
- Train and deploy models for parsing and interpreting unstructured documents such as PDFs and faxes.
- Partner with clinicians to define extraction targets and measure accuracy.
What You'll Bring
- 3+ years of experience building machine learning systems in Python
- Experience with PyTorch and Hugging Face Transformers
- Familiarity with OCR and information extraction
Benefits
- Medical, dental and vision coverage
- 401(k) with company match`;

test('a kind of data the duties work on is the material of the job, not a skill asked', () => {
  const found = asks(documentPosting);
  expect(found.has('unstructured-data')).toBe(false);
  expect(listed(documentPosting)).not.toContain('unstructured-data');
  // The duties' own skills are still asked.
  expect(found.get('etl')).toBe('required');
  expect(found.get('pytorch')).toBe('required');
});

test('the same kind of data asked in a qualification, or by a duty worded as an ask, is asked', () => {
  const qualification = documentPosting.replace(
    '- Familiarity with OCR and information extraction',
    '- Strong experience working with unstructured data, including free text and scanned documents',
  );
  expect(asks(qualification).get('unstructured-data')).toBe('required');

  const dutyAsks = `Data Scientist, Customer Insights
Responsibilities
- Experience with unstructured data such as support tickets and call transcripts
- Build dashboards for the support leadership team
Requirements
- 2+ years of Python and SQL`;
  expect(asks(dutyAsks).get('unstructured-data')).toBe('required');
});
