import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectPosting } from '../../src/page/detect';
import { SHARED_PAGES, toDocument } from './helpers';

/**
 * The saved real pages of ../shared/data (not redistributable, so never copied here). Skipped,
 * with the reason in the suite name, when the shared data is not beside the repository.
 * Decision: the two search pages with an open job pane are postings (the user is reading that
 * job), although the data manifest labels them job_listing: Indeed's, and LinkedIn's guest
 * search, whose first card is active and whose detail pane holds that job's whole description.
 */
const present = existsSync(`${SHARED_PAGES}manifest.csv`);

type Row = [file: string, url: string, kind: 'posting' | 'listing' | 'not-posting', title?: string, source?: string];
const rows: Row[] = [
  ['job/careers_staples-sparx_data-scientist.html', 'https://staples-sparx.github.io/jobs/data-scientists.html', 'posting', 'Data Scientist', 'heuristic'],
  ['job/icims_mercyhealth_medical-lab-scientist.html', 'https://careers.mercyhealthsystem.org/jobs/39454?lang=en-us', 'posting', 'Medical Laboratory Scientist/Medical Laboratory Technician', 'json-ld'],
  ['job/indeed_au_senior-devops-engineer.html', 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'posting', 'Senior DevOps Engineer', 'indeed'],
  ['job/indeed_us_it-software-developer-iii_mwd.html', 'https://www.indeed.com/viewjob?jk=b34ff7b3eca9bbfd', 'posting', 'IT Software Developer III (Web Support)', 'indeed'],
  ['job/indeed_us_software-engineer-data-engineering.html', 'https://www.indeed.com/viewjob?jk=877a31af4a15e83f', 'posting', 'Software Engineer (Data Engineering)', 'indeed'],
  ['job/linkedin_au_senior-software-engineer-heidi.html', 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124', 'posting', 'Senior Software Engineer - Developer Experience', 'linkedin'],
  // The documented exception: a two-pane search with an open posting.
  ['listing/indeed_eg_serp_with-job-pane.html', 'https://eg.indeed.com/jobs?q=frontend&l=Egypt', 'posting', 'PHP Developer – PHP, JavaScript, JSON', 'indeed'],
  ['listing/careers_erasca_greenhouse-embed.html', 'https://www.erasca.com/open-positions/', 'listing'],
  ['listing/lever_board_mirador-therapeutics.html', 'https://job-boards.greenhouse.io/embed/job_board?for=miradortherapeuticsinc', 'listing'],
  // The same board read as an unknown site: its links to separate postings decide.
  ['listing/lever_board_mirador-therapeutics.html', 'https://miradortx.com/careers/', 'listing'],
  ['listing/linkedin_guest_jobs-search_india.html', 'https://www.linkedin.com/jobs/search?location=India', 'posting', 'Executive Assistant', 'linkedin'],
  ['listing/remoteok_jobs.html', 'https://remoteok.com/', 'listing'],
  ['negative/blog_pluralsight_python-environments.html', 'https://www.pluralsight.com/tech-blog/managing-python-environments/', 'not-posting'],
  ['negative/demoqa_practice-form.html', 'https://demoqa.com/automation-practice-form', 'not-posting'],
  ['negative/indeed_cloudflare_just-a-moment.html', 'https://www.indeed.com/viewjob?jk=0123456789abcdef', 'not-posting'],
  ['negative/product_fye_bluray_og-product.html', 'https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html', 'not-posting'],
  ['negative/readability_bbc-1.html', 'http://www.bbc.com/news/world-us-canada-33646704', 'not-posting'],
  ['negative/readability_gitlab-blog.html', 'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings-from-our-2024-global-devsecops-survey/', 'not-posting'],
  ['negative/readability_google-sre-book-1.html', 'https://landing.google.com/sre/book/chapters/introduction.html', 'not-posting'],
  ['negative/readability_medium-1.html', 'https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb', 'not-posting'],
  ['negative/readability_v8-blog.html', 'https://v8.dev/blog/emscripten-standalone-wasm', 'not-posting'],
  ['negative/readability_wikipedia.html', 'https://en.wikipedia.org/wiki/Mozilla', 'not-posting'],
];

describe.skipIf(!present)(`saved real pages in ${SHARED_PAGES}${present ? '' : ' (absent: skipped)'}`, () => {
  const read = (file: string) => toDocument(readFileSync(`${SHARED_PAGES}${file}`, 'utf8'));

  test.each(rows)('%s → %s', (file, url, kind, title, source) => {
    const found = detectPosting(read(file), url);
    expect(found.kind).toBe(kind);
    if (found.kind !== 'posting') return;
    expect(found.posting.title).toBe(title);
    expect(found.posting.source).toBe(source);
    // Some real descriptions have almost no structure (the MWD Indeed page is one <br>): length, not lines.
    expect(found.posting.text.length).toBeGreaterThan(1000);
  });

  test('postings read by an adapter point at the displayed description', () => {
    const li = detectPosting(read(rows[5]![0]), rows[5]![1]);
    expect(li.kind === 'posting' && li.root?.matches('.show-more-less-html__markup')).toBe(true);
    const pane = detectPosting(read(rows[6]![0]), rows[6]![1]);
    expect(pane.kind === 'posting' && pane.root?.matches('#jobsearch-ViewjobPaneWrapper #jobDescriptionText')).toBe(true);
  });

  test('Indeed pages with JSON-LD read as unknown sites still come out as postings', () => {
    for (const file of [rows[2]![0], rows[4]![0]]) {
      expect(detectPosting(read(file), 'https://jobs.example.org/job/12345').kind, file).toBe('posting');
    }
  });
});
