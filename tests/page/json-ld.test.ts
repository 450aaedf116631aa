import { describe, expect, test } from 'vitest';
import { detectPosting } from '../../src/page/detect';
import { readJsonLd } from '../../src/page/json-ld';
import { toDocument } from './helpers';

const ld = (data: string) => `<script type="application/ld+json">${data}</script>`;
const page = (...scripts: string[]) => toDocument(`<html><head><title>t</title>${scripts.join('')}</head><body><h1>Data Engineer</h1></body></html>`);
const job = (extra: object = {}) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', description: '<p>Build pipelines.</p>', ...extra });

describe('readJsonLd', () => {
  test('a JobPosting inside @graph', () => {
    const doc = page(ld(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, JSON.parse(job())] })));
    const { postings, otherTypes } = readJsonLd(doc);
    expect(postings.map((p) => p.title)).toEqual(['Data Engineer']);
    expect([...otherTypes]).toEqual(['WebPage']);
  });

  test('a top-level array, and a JobPosting nested as mainEntity', () => {
    expect(readJsonLd(page(ld(`[{"@type":"WebSite"}, ${job()}]`))).postings).toHaveLength(1);
    expect(readJsonLd(page(ld(JSON.stringify({ '@type': 'WebPage', mainEntity: JSON.parse(job()) })))).postings).toHaveLength(1);
  });

  test('several scripts; an invalid one is skipped, not fatal', () => {
    const doc = page(ld('{ "@type": "BreadcrumbList", itemListElement: [ }'), ld(job()), ld(JSON.stringify({ '@type': 'Organization', name: 'Acme' })));
    const { postings, otherTypes } = readJsonLd(doc);
    expect(postings).toHaveLength(1);
    expect(otherTypes.has('Organization')).toBe(true);
  });

  test('raw newlines inside strings and an HTML comment wrapper are tolerated', () => {
    const doc = page(ld(`<!-- {"@type":"JobPosting","title":"ML\nEngineer","description":"line one\nline two"} -->`));
    expect(readJsonLd(doc).postings[0]?.title).toBe('ML Engineer');
  });

  test('type given as a URL or a list, organization and place in their usual shapes', () => {
    const doc = page(
      ld(
        JSON.stringify({
          '@type': ['http://schema.org/JobPosting'],
          name: 'R&amp;D Engineer',
          hiringOrganization: { '@type': 'Organization', name: 'Acme' },
          jobLocation: [
            { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: { '@type': 'Country', name: 'DE' } } },
            { '@type': 'Place', address: { addressLocality: 'Paris', addressRegion: 'UNAVAILABLE', addressCountry: 'FR' } },
          ],
        }),
      ),
    );
    expect(readJsonLd(doc).postings[0]).toMatchObject({ title: 'R&D Engineer', company: 'Acme', location: 'Berlin, DE; Paris, FR' });
  });
});

describe('JSON-LD descriptions in detectPosting', () => {
  const url = 'https://careers.acme.example/jobs/data-engineer';

  test('entity-escaped HTML becomes structured text', () => {
    const escaped = '&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Python &amp;amp; SQL&lt;/li&gt;&lt;li&gt;Airflow&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;We offer a &lt;b&gt;great&lt;/b&gt; team.&lt;/p&gt;';
    const found = detectPosting(page(ld(job({ description: escaped }))), url);
    expect(found).toMatchObject({ kind: 'posting', posting: { source: 'json-ld', text: 'Requirements\n• Python & SQL\n• Airflow\nWe offer a great team.' } });
  });

  test('plain text keeps its own line breaks', () => {
    const found = detectPosting(page(ld(job({ description: 'About us\nWe move data.\n\n\nRequirements\n- Python' }))), url);
    expect(found.kind === 'posting' && found.posting.text).toBe('About us\nWe move data.\nRequirements\n- Python');
  });

  test('two different JobPostings and no matching heading: a list', () => {
    const found = detectPosting(page(ld(`[${job({ title: 'A' })}, ${job({ title: 'B' })}]`)), url);
    expect(found.kind).toBe('listing');
  });

  test('two JobPostings, one titled like the page h1: that one', () => {
    const found = detectPosting(page(ld(`[${job({ title: 'Other role' })}, ${job()}]`)), url);
    expect(found.kind === 'posting' && found.posting.title).toBe('Data Engineer');
  });

  test('the same posting twice (JSON-LD and a duplicate script) is still one posting', () => {
    expect(detectPosting(page(ld(job()), ld(job())), url).kind).toBe('posting');
  });

  test('the root is the element that displays the description', () => {
    const description = '<p>We are hiring a data engineer to own the pipelines that feed our forecasting models.</p><ul><li>Five years of experience with Python and SQL in production</li><li>Experience running Airflow on Kubernetes at scale</li></ul>';
    const doc = toDocument(`<html><head>${ld(job({ description }))}</head><body><nav><p>We are hiring across Europe, see all our open positions today</p></nav><main><h1>Data Engineer</h1><section id="jd">${description}</section><aside><p>Five years of experience with Python and SQL in production</p></aside></main></body></html>`);
    const found = detectPosting(doc, url);
    expect(found.kind === 'posting' && found.root?.id).toBe('jd');
  });
});
