import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { PostingFacts } from '../../src/ui/PostingFacts';
import { readCompareSearch } from '../../src/ui/compare-link';
import { analysis } from './helpers/fixtures';
import { installDom, mount, text } from './helpers/dom';

installDom();

describe('posting facts in the popup', () => {
  test('a real-looking posting: pay, remote, employment and place in one line of text', async () => {
    const posting = {
      title: 'Senior Machine Learning Engineer',
      location: 'Austin, TX',
      source: 'json-ld',
      text: [
        'Senior Machine Learning Engineer',
        'This is a hybrid, full-time role: three days a week in our Austin office.',
        'Requirements',
        '- 5+ years building ML systems in Python and PyTorch',
        '- Experience deploying models on Kubernetes',
        'The base salary range for this position is $165,000 - $195,000 annually, plus equity.',
      ].join('\n'),
    };
    const facts = getBundledEngine().analyze(posting, []);
    const m = await mount(<PostingFacts analysis={facts} />);
    expect(text(m.byTestId('posting-facts'))).toBe('$165,000–$195,000 a year · Hybrid · Full-time · Austin, TX');
  });

  test('hostile strings from a page stay text', async () => {
    const hostile = {
      ...analysis,
      salary: { min: 100000, max: 120000, currency: 'USD', period: 'year' as const },
      location: '<img src=x onerror=alert(1)>Paris',
      remote: 'remote' as const,
      employmentType: null,
    };
    const m = await mount(<PostingFacts analysis={hostile} />);
    expect(text(m.byTestId('posting-facts'))).toBe('$100,000–$120,000 a year · Remote · <img src=x onerror=alert(1)>Paris');
    expect(m.container.querySelector('img')).toBeNull();
  });

  test('links to the two closest roles side by side, with the skills the posting asks for', async () => {
    const m = await mount(<PostingFacts analysis={analysis} />);
    const href = m.byTestId<HTMLAnchorElement>('compare-roles')?.getAttribute('href') ?? '';
    expect(href.startsWith('compare.html?')).toBe(true);
    const request = readCompareSearch(href.slice(href.indexOf('?')));
    expect(request.roleIds).toEqual(['ml-engineer', 'mlops-engineer']);
    expect(request.asked).toEqual(['python', 'kubernetes', 'pytorch', 'gcp', 'airflow']);
    expect(m.byTestId('open-history')?.getAttribute('href')).toBe('postings.html');
  });

  test('an address a page could craft keeps only ids', () => {
    expect(readCompareSearch('?roles=ai-scientist,<script>,lead-ml-engineer,ai-scientist&asked=python,"x"')).toEqual({
      roleIds: ['ai-scientist', 'lead-ml-engineer'],
      asked: ['python'],
    });
  });
});
