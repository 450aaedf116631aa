import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectPosting } from '../../src/page/detect';
import { SHARED_MORE_PAGES, toDocument } from './helpers';

/**
 * The later harvest of saved real pages (../shared/data/job_pages_more, not redistributable, so
 * never copied here), each at the address its manifest gives. Every page is read twice: at its
 * own address (its site's adapter), and at an address of no known site, where the general reader
 * alone must still tell a posting from a list (the held-out pages are mostly on unknown sites).
 */
const present = existsSync(`${SHARED_MORE_PAGES}manifest.csv`);
const UNKNOWN = 'https://careers.example.org/global/en/item';

type Row = [file: string, url: string, kind: 'posting' | 'listing' | 'not-posting', title?: string, source?: string, unknownSite?: 'posting' | 'not posting'];
const rows: Row[] = [
  ['job/linkedin_loggedin_jobview_flow-traders_graduate-data-engineer.html', 'https://www.linkedin.com/jobs/view/4373329616/', 'posting', 'Graduate Data Engineer', 'linkedin', 'posting'],
  ['job/linkedin_loggedin_two-pane-search_swe-nyc_with-details.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4241952196&keywords=software%20engineer&location=New%20York', 'posting', 'Senior Software Engineer', 'linkedin', 'posting'],
  ['job/linkedin_loggedin_two-pane-search_it_magazziniere-lecco.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4282188358&keywords=magazziniere&location=Lecco', 'posting', 'Inventory Controller', 'linkedin'],
  ['job/greenhouse_job-boards_alma_software-engineer-ii.html', 'http://job-boards.greenhouse.io/alma/jobs/8369573002', 'posting', 'Software Engineer II', 'greenhouse', 'posting'],
  ['job/ashby_stickermule_ai-agent-engineer.html', 'https://jobs.ashbyhq.com/stickermule/2f01bd23-9eda-446a-a56a-b530d84cb9bb', 'posting', 'AI agent engineer', 'ashby', 'posting'],
  ['job/workday_medtronic_fpa-consultant_raw.html', 'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/FP-A-Consultant_R60775-1', 'posting', 'FP&A Consultant', 'json-ld', 'posting'],
  ['job/workday_autodesk_senior-industry-strategy-manager_raw.html', 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528', 'posting', 'Senior Industry Strategy Manager - Content Creation', 'json-ld', 'posting'],
  ['job/jobright_job_barclays_full-stack-developer.html', 'https://jobright.ai/jobs/info/696f161f82817106e976465e', 'posting', 'Full Stack Developer', 'json-ld', 'posting'],
  ['job/accenture_careers_jobdetails_record-to-report.html', 'https://www.accenture.com/in-en/careers/jobdetails?id=AIOC-S01578209_en', 'posting', 'Record to Report Ops Assoc Manager', 'heuristic', 'posting'],
  ['listing/linkedin_loggedin_two-pane-search_joblist-fragment.html', 'https://www.linkedin.com/jobs/search/?keywords=data%20engineer', 'listing', undefined, undefined, 'not posting'],
  ['listing/linkedin_guest_serp_rust-developer-sf.html', 'https://www.linkedin.com/jobs/rust-developer-jobs-san-francisco-bay-area', 'listing', undefined, undefined, 'not posting'],
  ['listing/seek_au_serp_project-support-officer-sydney.html', 'https://www.seek.com.au/project-support-officer-jobs/in-All-Sydney-NSW', 'listing', undefined, undefined, 'not posting'],
  ['listing/stepstone_de_serp_software-engineer-40210.html', 'https://www.stepstone.de/jobs/software-engineer/in-40210', 'listing', undefined, undefined, 'not posting'],
  ['listing/totaljobs_uk_sponsorship-jobs_serp.html', 'https://www.totaljobs.com/jobs/sponsorship/in-united-kingdom?page=3', 'listing', undefined, undefined, 'not posting'],
  ['listing/naukri_ai-engineer_serp_loading-shell.html', 'https://www.naukri.com/ai-engineer-jobs?k=ai%20engineer&jobAge=3', 'listing', undefined, undefined, 'not posting'],
  ['listing/dice_search-jobs_serp.html', 'https://www.dice.com/jobs/q-web+developer-l-remote-jobs', 'listing', undefined, undefined, 'not posting'],
  ['listing/workable_jobs-by-workable_remote-swe_serp.html', 'https://jobs.workable.com', 'listing', undefined, undefined, 'not posting'],
  ['listing/wellfound_role_software-engineer_listing.html', 'https://wellfound.com/role/software-engineer', 'listing', undefined, undefined, 'not posting'],
  ['listing/workday_autodesk_search_406-jobs.html', 'https://autodesk.wd1.myworkdayjobs.com/Ext', 'listing', undefined, undefined, 'not posting'],
  ['listing/lever_board_januxrx.html', 'https://jobs.lever.co/januxrx', 'listing', undefined, undefined, 'not posting'],
  ['listing/phenom_cisco_search-results_israel.html', 'https://careers.cisco.com/global/en/search-results', 'listing', undefined, undefined, 'not posting'],
  ['negative/glassdoor_uk_jobs-landing.html', 'https://www.glassdoor.co.uk/Job/index.htm', 'not-posting', undefined, undefined, 'not posting'],
  ['negative/linkedin_loggedin_feed.html', 'https://www.linkedin.com/feed/', 'not-posting', undefined, undefined, 'not posting'],
];

describe.skipIf(!present)(`saved real pages in ${SHARED_MORE_PAGES}${present ? '' : ' (absent: skipped)'}`, () => {
  const read = (file: string) => {
    const html = readFileSync(`${SHARED_MORE_PAGES}${file}`, 'utf8');
    // Two saved pages are fragments without <html>: give them a document, as the CLI does.
    return toDocument(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  };

  test.each(rows)('%s at its own address → %s', (file, url, kind, title, source) => {
    const found = detectPosting(read(file), url);
    expect(found.kind).toBe(kind);
    if (found.kind !== 'posting') return;
    expect(found.posting.title).toBe(title);
    expect(found.posting.source).toBe(source);
    expect(found.posting.text.length).toBeGreaterThan(900);
  }, 30_000);

  test.each(rows.filter((r) => r[5]))('%s on an unknown site', (file, _url, _kind, _title, _source, unknownSite) => {
    const found = detectPosting(read(file), UNKNOWN);
    expect(found.kind === 'posting' ? 'posting' : 'not posting').toBe(unknownSite);
  }, 30_000);

  test('the signed-in job view (hashed classes) is read from its "About the job" text box, not the page', () => {
    const found = detectPosting(read(rows[0]![0]), rows[0]![1]);
    expect(found.kind === 'posting' && found.root?.getAttribute('data-testid')).toBe('expandable-text-box');
    expect(found.kind === 'posting' && found.posting.company).toBe('Flow Traders');
  }, 30_000);
});
