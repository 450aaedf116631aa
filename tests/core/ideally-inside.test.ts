import { describe, expect, test } from 'vitest';
import { asks } from './asked';

// Modelled on a fintech start-up's and a consumer app's postings: "ideally" inside an ask
// narrows it, "Ideally" opening a sentence wishes for all of it.
const posting = `Senior Data Scientist
What You'll Do
- Build the models and dashboards that steer our card products.
What We Look For
- 6+ years of experience in data science or statistics, ideally at a high-growth fintech company.
- 3+ years of experience in machine learning engineering, ideally in production environments on AWS.
- Proficient in scripting and automation using languages, ideally Python.
- Strong SQL skills.
- Ideally you have experience with Kafka and Flink.`;

describe('"ideally" inside an ask', () => {
  test('prefers what follows it, not the ask before it', () => {
    const found = asks(posting, 'Senior Data Scientist');
    expect(found.get('data-science')).toBe('required');
    expect(found.get('statistics')).toBe('required');
    expect(found.get('machine-learning')).toBe('required');
    expect(found.get('automation')).toBe('required');
    expect(found.get('aws')).toBe('preferred');
    expect(found.get('python')).toBe('preferred');
    expect(found.get('sql')).toBe('required');
  });
  test('opening the sentence, prefers all of it', () => {
    const found = asks(posting, 'Senior Data Scientist');
    expect(found.get('kafka')).toBe('preferred');
    expect(found.get('flink')).toBe('preferred');
  });
});
