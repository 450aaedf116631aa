import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectPosting } from '../../src/page/detect';
import { FIXTURES, fixture } from './helpers';

type Row = {
  file: string;
  url: string;
  kind: 'posting' | 'listing' | 'not-posting';
  source?: string;
  title?: string;
  company?: string;
  location?: string;
  /** A line the posting text must contain, whole. */
  line?: string;
  /** Selector the root must match; null when the text comes from JSON-LD alone. */
  root?: string | null;
  /** The structured data's closing date, when it has one. */
  validThrough?: string;
};

const REQ = '• 5+ years of experience building machine learning systems in production';
const T = 'Senior Machine Learning Engineer';

const rows: Row[] = [
  { file: 'linkedin-guest-view.html', url: 'https://de.linkedin.com/jobs/view/senior-machine-learning-engineer-at-northwind-ai-3999888700', kind: 'posting', source: 'linkedin', title: T, company: 'Northwind AI', location: 'Berlin, Berlin, Germany', line: REQ, root: '.show-more-less-html__markup' },
  { file: 'linkedin-search-pane.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=3999888700&keywords=machine%20learning%20engineer', kind: 'posting', source: 'linkedin', title: T, company: 'Northwind AI', location: 'Berlin, Germany', line: REQ, root: '#job-details' },
  // The same two-pane page without currentJobId in the URL: LinkedIn shows the list, not a chosen posting.
  { file: 'linkedin-search-pane.html', url: 'https://www.linkedin.com/jobs/search/?keywords=machine%20learning%20engineer', kind: 'listing' },
  { file: 'indeed-viewjob.html', url: 'https://de.indeed.com/viewjob?jk=a1b2c3d4e5f60718', kind: 'posting', source: 'indeed', title: T, company: 'Northwind AI', location: 'Berlin', line: 'Requirements', root: '#jobDescriptionText' },
  { file: 'indeed-serp-pane.html', url: 'https://de.indeed.com/jobs?q=machine+learning+engineer&l=Berlin&vjk=a1b2c3d4e5f60718', kind: 'posting', source: 'indeed', title: T, company: 'Northwind AI', location: '10115 Berlin', line: REQ, root: '.jobsearch-RightPane #jobDescriptionText' },
  { file: 'indeed-serp-list.html', url: 'https://de.indeed.com/jobs?q=machine+learning+engineer&l=Berlin', kind: 'listing' },
  { file: 'greenhouse-classic.html', url: 'https://boards.greenhouse.io/northwindai/jobs/4012345', kind: 'posting', source: 'greenhouse', title: T, company: 'Northwind AI', location: 'Berlin, Germany', line: REQ, root: '#content' },
  { file: 'greenhouse-job-boards.html', url: 'https://job-boards.greenhouse.io/northwindai/jobs/4012345', kind: 'posting', source: 'greenhouse', title: T, company: 'Northwind AI', location: 'Berlin, Germany', line: "What you'll do", root: '.job__description' },
  { file: 'greenhouse-board.html', url: 'https://boards.greenhouse.io/northwindai', kind: 'listing' },
  { file: 'lever-posting.html', url: 'https://jobs.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30', kind: 'posting', source: 'lever', title: T, company: 'Northwind AI', location: 'Berlin', line: REQ, root: '.section-wrapper:not(.accent-section)' },
  { file: 'lever-board.html', url: 'https://jobs.lever.co/northwind-ai', kind: 'listing' },
  { file: 'workday-posting.html', url: 'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Senior-ML-Engineer_R-1042', kind: 'posting', source: 'workday', title: T, location: 'Berlin, Germany', line: REQ, root: '[data-automation-id="jobPostingDescription"]' },
  { file: 'ashby-posting.html', url: 'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11', kind: 'posting', source: 'ashby', title: T, company: 'Northwind AI', location: 'Berlin', line: REQ, root: '[class*="_descriptionText_"]' },
  { file: 'smartrecruiters-posting.html', url: 'https://jobs.smartrecruiters.com/NorthwindAI/744000012345678-senior-machine-learning-engineer', kind: 'posting', source: 'smartrecruiters', title: T, company: 'Northwind AI', location: 'Berlin, Germany', line: 'Qualifications', root: '.job-sections' },
  { file: 'workable-posting.html', url: 'https://apply.workable.com/northwind-ai/j/3F7A9C21B4/', kind: 'posting', source: 'workable', title: T, company: 'Northwind AI', location: 'Berlin, Berlin, Germany', line: '• 30 days of paid holiday and a yearly learning budget', root: ':has(> [data-ui="job-description"]):has(> [data-ui="job-benefits"])' },
  { file: 'glassdoor-listing.html', url: 'https://www.glassdoor.com/job-listing/senior-machine-learning-engineer-northwind-ai-JV_IC2622109_KO0,32_KE33,45.htm?jl=1009012345678', kind: 'posting', source: 'glassdoor', title: T, company: 'Northwind AI', location: 'Berlin', line: REQ, root: '.JobDetails_jobDescription__uW_fK' },
  { file: 'wellfound-posting.html', url: 'https://wellfound.com/jobs/3012345-senior-machine-learning-engineer', kind: 'posting', source: 'wellfound', title: T, company: 'Northwind AI', line: REQ, root: '[class*="styles_description__"]' },
  { file: 'wellfound-posting.html', url: 'https://wellfound.com/company/northwind-ai/jobs/3012345-senior-machine-learning-engineer', kind: 'posting', source: 'wellfound', title: T },
  { file: 'careers-posting.html', url: 'https://northwind.example/careers/senior-machine-learning-engineer', kind: 'posting', source: 'heuristic', title: T, company: 'Northwind AI', line: 'Nice to have', root: 'article.job-posting' },
  { file: 'careers-list.html', url: 'https://northwind.example/careers', kind: 'listing' },
  { file: 'about-page.html', url: 'https://northwind.example/about', kind: 'not-posting' },
  { file: 'jsonld-graph.html', url: 'https://careers.northwind.example/jobs/senior-ml-engineer', kind: 'posting', source: 'json-ld', title: T, company: 'Northwind AI', location: 'Berlin, DE', line: REQ, root: '#job-description', validThrough: '2030-12-31' },
  { file: 'jsonld-array-only.html', url: 'https://careers.northwind.example/jobs/data-scientist-forecasting', kind: 'posting', source: 'json-ld', title: 'Data Scientist, Forecasting', company: 'Northwind AI', location: 'Remote', line: '- Fluent Python, pandas and SQL', root: null },
  { file: 'microdata-posting.html', url: 'https://jobs.northwind.example/positions/42', kind: 'posting', source: 'microdata', title: T, company: 'Northwind AI', location: 'Berlin, Germany', line: REQ, root: '[itemprop="description"]' },
  { file: 'event-jsonld.html', url: 'https://northwind.example/events/14', kind: 'not-posting' },
  { file: 'blog-skills.html', url: 'https://northwind.example/blog/ml-engineer-skills-2025', kind: 'not-posting' },
  { file: 'ats-application-form.html', url: 'https://careers.northwind.example/apply/42', kind: 'not-posting' },
  // The pages the browser tests serve (tests/e2e/harness.ts), styled like the real sites.
  { file: 'greenhouse-fabrikam.html', url: 'https://job-boards.greenhouse.io/fabrikam/jobs/4002', kind: 'posting', source: 'greenhouse', title: 'Lead Machine Learning Engineer', company: 'Fabrikam AI' },
  { file: 'indeed-about.html', url: 'https://www.indeed.com/about', kind: 'not-posting' },
  { file: 'linkedin-view-styled.html', url: 'https://www.linkedin.com/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678', kind: 'posting', source: 'linkedin', title: T, company: 'Acme Robotics' },
  // Its pane is filled by the page's own script (the browser test runs it): as served, the pane is empty.
  { file: 'linkedin-search-styled.html', url: 'https://www.linkedin.com/jobs/search/?keywords=data&currentJobId=111', kind: 'not-posting' },
  { file: 'linkedin-search-styled.html', url: 'https://www.linkedin.com/jobs/search/?keywords=data', kind: 'listing' },
  // Held-out kinds the shared data lacks, each modelled on real pages (see the fixture's comment).
  { file: 'careers-index.html', url: 'https://northwind.example/careers', kind: 'not-posting' },
  { file: 'resume-page.html', url: 'https://jordanlee.example/resume/', kind: 'not-posting' },
  { file: 'icims-posting.html', url: 'https://careers-northwind.icims.com/jobs/4521/machine-learning-engineer-ii/job?in_iframe=1', kind: 'posting', source: 'icims', title: 'Machine Learning Engineer II', line: '• 3+ years of experience building and deploying machine learning models', root: '.iCIMS_JobContent' },
  // The same iCIMS page on the employer's own domain (no schema.org data): the general reader.
  { file: 'icims-posting.html', url: 'https://careers.northwindhealth.example/jobs/4521/machine-learning-engineer-ii/job', kind: 'posting', source: 'heuristic', title: 'Machine Learning Engineer II' },
  // Headings no list names ("The work"): what its sentences ask of a candidate decides.
  { file: 'careers-posting-plain.html', url: 'https://fabrikam.example/jobs/backend-engineer-payments', kind: 'posting', source: 'heuristic', title: 'Backend Engineer (Payments)', root: '.container', line: 'The skills you\'ll need' },
  // A Phenom career site as first served: the posting only in `phApp.ddo`.
  { file: 'phenom-posting.html', url: 'https://careers.northwind-networks.example/global/en/job/2101234/Senior-Network-Automation-Engineer', kind: 'posting', source: 'app-state', title: 'Senior Network Automation Engineer', location: 'Tel Aviv, Tel Aviv District, Israel', line: '• 5+ years of experience in software engineering, with Python as your main language' },
  // Signed-in LinkedIn as served, before its script renders: the posting is only in hidden <code> data.
  { file: 'linkedin-signed-in.html', url: 'https://www.linkedin.com/jobs/view/4100000101/', kind: 'posting', source: 'linkedin', title: 'Senior Data Engineer', company: 'Contoso Trading', location: 'Amsterdam, North Holland, Netherlands', line: 'Strong SQL and Python; experience with Kafka or another streaming platform' },
  { file: 'linkedin-signed-in.html', url: 'https://www.linkedin.com/jobs/view/4100000102/', kind: 'posting', source: 'linkedin', title: 'Machine Learning Engineer, Pricing', line: 'Strong Python; working knowledge of C++' },
  { file: 'linkedin-signed-in.html', url: 'https://www.linkedin.com/feed/', kind: 'not-posting' },
  { file: 'seek-posting.html', url: 'https://www.seek.com.au/job/81234567', kind: 'posting', source: 'seek', title: 'Data Scientist', company: 'Northwind Energy', location: 'Melbourne VIC', line: '• 3+ years of experience in a data science or quantitative analyst role', root: '[data-automation="jobAdDetails"]' },
  // The split view of a SEEK search: `jobId` opens the posting beside the list.
  { file: 'seek-posting.html', url: 'https://www.seek.com.au/data-scientist-jobs/in-All-Melbourne-VIC?jobId=81234567&type=standard', kind: 'posting', source: 'seek', title: 'Data Scientist' },
  // The same page on a domain of its own: no adapter, the server-rendered app state decides.
  { file: 'seek-posting.html', url: 'https://jobs.northwind-energy.example/job/81234567', kind: 'posting', source: 'app-state', title: 'Data Scientist', company: 'Northwind Energy', location: 'Melbourne VIC', line: '• Strong Python and SQL; experience with time-series forecasting' },
  { file: 'taleo-jobdetail.html', url: 'https://northwind.taleo.net/careersection/2/jobdetail.ftl?job=2400123&lang=en', kind: 'posting', source: 'taleo', title: 'Senior Data Engineer', line: 'Qualifications', root: '.editablesection' },
  // An old table layout on a company's own domain: bold lead-ins ended by <br> are its section headings.
  { file: 'taleo-jobdetail.html', url: 'https://careers.northwindutilities.example/careersection/2/jobdetail.ftl?job=2400123', kind: 'posting', source: 'heuristic' },
  { file: 'taleo-jobdetail.html', url: 'https://northwind.taleo.net/careersection/2/jobsearch.ftl?lang=en', kind: 'listing' },
  // A German posting on a company's own career page: its headings ("Deine Aufgaben", "Dein Profil") decide.
  { file: 'posting-german.html', url: 'https://karriere.nordwind-energie.example/job/4711', kind: 'posting', source: 'heuristic', title: 'Data Engineer (m/w/d)', line: 'Dein Profil', root: '.job-ad-container' },
  // An old ATS's table of label and value cells: "Minimum Qualifications:" is a heading, "Job Title:" names the job.
  { file: 'posting-table-layout.html', url: 'https://jobs.fabrikamutilities.example/jobs/detail.asp?req=2024-0817', kind: 'posting', source: 'heuristic', title: 'Business Intelligence Developer II', line: 'Preferred Qualifications: Experience with Azure Data Factory, Python or a utility billing system.' },
  // A careers search with its first position open beside the list (Eightfold): that position.
  { file: 'careers-two-pane.html', url: 'https://careers.contoso-networks.example/careers?pid=4100123', kind: 'posting', source: 'heuristic', title: 'Senior Data Engineer', root: '.position-details', line: 'Minimum qualifications' },
  { file: 'naukri-serp.html', url: 'https://www.naukri.com/ai-engineer-jobs', kind: 'listing' },
  // Read at an address of no known site, its links to /job-listings-<slug>-<id> make it a list.
  { file: 'naukri-serp.html', url: 'https://jobs.example.org/ai-engineer-jobs', kind: 'listing' },
  { file: 'bot-check-perimeterx.html', url: 'https://www.glassdoor.com/job-listing/senior-machine-learning-engineer-northwind-ai-JV_IC2622109_KO0,32_KE33,45.htm?jl=1009012345678', kind: 'not-posting' },
  { file: 'linkedin-people-search.html', url: 'https://www.linkedin.com/search/results/people/?keywords=machine%20learning%20engineer', kind: 'not-posting' },
  { file: 'company-profile.html', url: 'https://jobboard.example/cmp/northwind-ai', kind: 'not-posting' },
  { file: 'news-hiring-article.html', url: 'https://techdaily.example/2025/03/04/northwind-ai-hiring', kind: 'not-posting' },
  // iCIMS's outer page as parsed here: its frame's document is not loaded, so no posting (see the frame test).
  { file: 'icims-shell.html', url: 'https://careers-northwind.icims.com/jobs/4521/machine-learning-engineer-ii/job', kind: 'not-posting' },
];

/** A stand-in for the engine's matcher: the blog fixture names many skills, which must not tip it over. */
const SKILLS = /\b(Python|SQL|PyTorch|JAX|TensorFlow|Docker|Kubernetes|Airflow|Kubeflow|Spark|MLflow|AWS|GCP|Azure|dbt|Rust|C\+\+|ONNX|vLLM|LangChain)\b/g;
const countSkills = (text: string) => (text.match(SKILLS) ?? []).length;

describe('detectPosting on the fixture pages', () => {
  test.each(rows)('$file at $url → $kind', (row) => {
    const doc = fixture(row.file);
    const found = detectPosting(doc, row.url, { countSkills });
    expect(found.kind).toBe(row.kind);
    if (found.kind !== 'posting') {
      expect(found.reason).not.toBe('');
      return;
    }
    const { posting, root } = found;
    expect(posting.url).toBe(row.url);
    if (row.source) expect(posting.source).toBe(row.source);
    if (row.title) expect(posting.title).toBe(row.title);
    if (row.company) expect(posting.company).toBe(row.company);
    if (row.location) expect(posting.location).toBe(row.location);
    if (row.line) expect(posting.text.split('\n')).toContain(row.line);
    expect(posting.validThrough).toBe(row.validThrough);
    expect(posting.text).not.toMatch(/\n\s*\n/);
    if (row.root === null) expect(root).toBeNull();
    else if (row.root) {
      expect(root).not.toBeNull();
      expect(root?.matches(row.root)).toBe(true);
    }
    expect(found.confidence).toBeGreaterThan(0);
    expect(found.confidence).toBeLessThanOrEqual(1);
  });

  test('every fixture page is in the table', () => {
    const covered = new Set(rows.map((r) => r.file));
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).filter((f) => !covered.has(f))).toEqual([]);
  });

  test('the page chrome stays out of the text: nav, similar jobs, apply buttons', () => {
    const found = detectPosting(fixture('linkedin-guest-view.html'), rows[0]!.url);
    expect(found.kind).toBe('posting');
    if (found.kind !== 'posting') return;
    expect(found.posting.text).not.toMatch(/Similar jobs|Show more|Sign in|Data Engineer/);
    expect(found.posting.text.split('\n')[0]).toMatch(/^Northwind AI builds forecasting models/);
  });

  test('a blog naming many skills under posting-like headings stays not-posting because of its article marks', () => {
    const doc = fixture('blog-skills.html');
    const found = detectPosting(doc, 'https://northwind.example/blog/ml-engineer-skills-2025', { countSkills });
    expect(found.kind === 'not-posting' && found.reason).toMatch(/blog URL.*article with a byline/);
  });

  test('a bot-check wall on a job URL is not a posting', () => {
    const doc = fixture('indeed-viewjob.html');
    doc.querySelector('title')!.textContent = 'Just a moment...';
    expect(detectPosting(doc, 'https://de.indeed.com/viewjob?jk=a1b2c3d4e5f60718')).toMatchObject({ kind: 'not-posting', reason: expect.stringMatching(/interstitial/) });
  });

  test('an empty LinkedIn pane (still loading) is not a posting', () => {
    const doc = fixture('linkedin-search-pane.html');
    doc.querySelector('#job-details')!.remove();
    expect(detectPosting(doc, rows[1]!.url).kind).not.toBe('posting');
  });

  test('a known site whose markup changed falls back to the heuristic on a posting URL', () => {
    const doc = fixture('careers-posting.html');
    const found = detectPosting(doc, 'https://jobs.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30');
    expect(found).toMatchObject({ kind: 'posting', posting: { source: 'heuristic', title: T } });
  });

  test('an iCIMS shell page is the posting of its same-origin frame, read by the iCIMS adapter', () => {
    const shell = fixture('icims-shell.html');
    // What the browser gives a content script for a same-origin frame: its loaded document.
    Object.defineProperty(shell.querySelector('iframe'), 'contentDocument', { value: fixture('icims-posting.html') });
    const url = 'https://careers-northwind.icims.com/jobs/4521/machine-learning-engineer-ii/job';
    const found = detectPosting(shell, url, { countSkills });
    expect(found).toMatchObject({ kind: 'posting', root: null, posting: { source: 'icims', title: 'Machine Learning Engineer II', url } });
    expect(found.kind === 'posting' && found.posting.text).toContain('3+ years of experience building and deploying machine learning models');
  });

  test('a cross-origin frame (its document unreadable) leaves the page as it is', () => {
    const shell = fixture('icims-shell.html');
    Object.defineProperty(shell.querySelector('iframe'), 'contentDocument', {
      get() {
        throw new Error('SecurityError: Blocked a frame from accessing a cross-origin frame.');
      },
    });
    expect(detectPosting(shell, 'https://careers.northwindhealth.example/jobs/4521', { countSkills }).kind).toBe('not-posting');
  });

  test('a page of a known site that is neither posting nor list is not a posting', () => {
    expect(detectPosting(fixture('about-page.html'), 'https://www.linkedin.com/feed/').kind).toBe('not-posting');
  });
});

describe('the general reader alone, on every fixture at an address of no known site', () => {
  // What an adapter or structured data reads, the general reader must also tell apart: most
  // postings people read are on sites without an adapter. Pages whose posting is only in script
  // data the page renders later (signed-in LinkedIn, the styled two-pane search) are left out.
  const UNKNOWN = 'https://careers.example.org/global/en/item';
  const expected: Record<string, 'posting' | 'not posting'> = {
    'ashby-posting.html': 'posting', 'careers-posting.html': 'posting', 'careers-posting-plain.html': 'posting',
    'glassdoor-listing.html': 'posting', 'greenhouse-classic.html': 'posting', 'greenhouse-fabrikam.html': 'posting',
    'greenhouse-job-boards.html': 'posting', 'icims-posting.html': 'posting', 'indeed-serp-pane.html': 'posting',
    'indeed-viewjob.html': 'posting', 'jsonld-array-only.html': 'posting', 'jsonld-graph.html': 'posting',
    'lever-posting.html': 'posting', 'linkedin-guest-view.html': 'posting', 'linkedin-search-pane.html': 'posting',
    'linkedin-view-styled.html': 'posting', 'microdata-posting.html': 'posting', 'phenom-posting.html': 'posting',
    'seek-posting.html': 'posting', 'smartrecruiters-posting.html': 'posting', 'taleo-jobdetail.html': 'posting',
    'wellfound-posting.html': 'posting', 'workable-posting.html': 'posting', 'workday-posting.html': 'posting',
    'about-page.html': 'not posting', 'ats-application-form.html': 'not posting', 'blog-skills.html': 'not posting',
    'careers-index.html': 'not posting', 'careers-list.html': 'not posting', 'event-jsonld.html': 'not posting',
    'greenhouse-board.html': 'not posting', 'indeed-about.html': 'not posting', 'indeed-serp-list.html': 'not posting',
    'lever-board.html': 'not posting', 'resume-page.html': 'not posting',
    'posting-german.html': 'posting', 'posting-table-layout.html': 'posting', 'careers-two-pane.html': 'posting',
    'naukri-serp.html': 'not posting', 'bot-check-perimeterx.html': 'not posting', 'linkedin-people-search.html': 'not posting',
    'company-profile.html': 'not posting', 'news-hiring-article.html': 'not posting', 'icims-shell.html': 'not posting',
  };

  test.each(Object.entries(expected))('%s → %s', (file, kind) => {
    const found = detectPosting(fixture(file), UNKNOWN, { countSkills });
    expect(found.kind === 'posting' ? 'posting' : 'not posting').toBe(kind);
  });

  test('a news story on hiring stays not-posting without its article marks (byline, og:type): it quotes people', () => {
    const doc = fixture('news-hiring-article.html');
    for (const el of Array.from(doc.querySelectorAll('meta[name="author"], meta[property^="og:"], meta[property^="article:"], .byline'))) el.remove();
    const found = detectPosting(doc, 'https://techdaily.example/northwind-ai-hiring', { countSkills });
    expect(found.kind === 'not-posting' && found.reason).toMatch(/reported speech/);
  });

  test('a careers index with a "Who we\'re looking for" section and an apply button stays no posting: its heading is the company\'s', () => {
    const doc = fixture('careers-index.html');
    const section = doc.createElement('section');
    section.innerHTML =
      "<h2>Who we're looking for</h2><p>People who care about climate, write clearly and enjoy small teams. You will have experience in your field and the ability to learn fast.</p><a href=\"/careers/open-roles\">Apply now</a>";
    doc.querySelector('section.benefits')!.before(section);
    const found = detectPosting(doc, 'https://northwind.example/careers', { countSkills });
    expect(found.kind === 'not-posting' && found.reason).toMatch(/careers page's heading and links to \d+ roles/);
  });

  test('a <button> is an apply control by its own words, though the page text leaves buttons out', () => {
    const doc = fixture('news-hiring-article.html');
    const button = doc.createElement('button');
    button.innerHTML = '<span class="label">Apply now</span>';
    doc.querySelector('article')!.append(button);
    const found = detectPosting(doc, 'https://techdaily.example/2025/03/04/northwind-ai-hiring', { countSkills });
    expect(found.kind === 'not-posting' && found.reason).toMatch(/apply control \(\+1\.5\)/);
    expect(found.kind === 'not-posting' && found.reason).not.toMatch(/no way to apply/);
  });

  test('in a two-pane search the open posting is named by its own heading, not by the search', () => {
    const found = detectPosting(fixture('indeed-serp-pane.html'), UNKNOWN, { countSkills });
    expect(found.kind === 'posting' && found.posting.title).toMatch(/^Senior Machine Learning Engineer/);
  });
});
