import { describe, expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on a staffing firm's GenAI posting: the duties say what the work should reach ("the
// desired performance criteria"), which asks nothing less of the candidate.
const posting = `AI/ML Engineer
Location: Charlotte, NC (Hybrid, 3 days onsite)
Duration: 12 months, contract to hire
Skills & Experience Needed:
- 5+ years of experience in machine learning and data science.
- Strong programming skills in Python and SQL.
- Experience with Snowflake is a plus.
Responsibilities:
- Develop retrieval-augmented generation services in Python for our research teams.
- Conduct thorough evaluations of large language models to ensure the models meet the desired performance criteria and are aligned with business goals.
- Evaluate our ranking models across many desired scenarios with Kubernetes-based test harnesses.
- Collaborate with cross-functional teams to integrate AI solutions into existing workflows.`;

describe('"desired" said of the work', () => {
  test('leaves the duty an ask', () => {
    const found = asks(posting, 'AI/ML Engineer');
    expect(found.get('llms')).toBe('required');
    expect(found.get('kubernetes')).toBe('required');
    expect(found.get('python')).toBe('required');
    expect(found.get('snowflake')).toBe('preferred');
  });
  test('"the desired candidate" still prefers', () => {
    const text = `${posting}\nThe desired candidate has experience with Terraform.`;
    expect(asks(text, 'AI/ML Engineer').get('terraform')).toBe('preferred');
  });
});
