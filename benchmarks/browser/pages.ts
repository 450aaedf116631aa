/**
 * The saved real pages the browser benchmark loads (../shared/data/job_pages_html and
 * job_pages_more), each at a URL of its site so the extension's match patterns apply. Chromium
 * resolves every host to 127.0.0.1 (see ./launch.ts); the server answers by host, path and query.
 */
export type PageKind = 'posting' | 'job-site, no posting' | 'other site';

export interface BenchPage {
  name: string;
  kind: PageKind;
  /** Relative to the data folder (../shared/data). */
  file: string;
  /** Host, path and query, without scheme and port. */
  at: string;
}

export const BENCH_PAGES: readonly BenchPage[] = [
  { name: 'LinkedIn job view', kind: 'posting', file: 'job_pages_more/job/linkedin_loggedin_jobview_flow-traders_graduate-data-engineer.html', at: 'www.linkedin.com/jobs/view/4373329616/' },
  { name: 'LinkedIn two-pane search', kind: 'posting', file: 'job_pages_more/job/linkedin_loggedin_two-pane-search_swe-nyc_with-details.html', at: 'www.linkedin.com/jobs/search/?currentJobId=4241952196&keywords=software%20engineer' },
  { name: 'Greenhouse', kind: 'posting', file: 'job_pages_more/job/greenhouse_job-boards_alma_software-engineer-ii.html', at: 'job-boards.greenhouse.io/alma/jobs/8369573002' },
  { name: 'Ashby', kind: 'posting', file: 'job_pages_more/job/ashby_stickermule_ai-agent-engineer.html', at: 'jobs.ashbyhq.com/stickermule/2f01bd23-9eda-446a-a56a-b530d84cb9bb' },
  { name: 'Indeed view-job', kind: 'posting', file: 'job_pages_html/job/indeed_us_software-engineer-data-engineering.html', at: 'www.indeed.com/viewjob?jk=5e9d2a1c3b4f6a7d' },
  { name: 'LinkedIn feed', kind: 'job-site, no posting', file: 'job_pages_more/negative/linkedin_loggedin_feed.html', at: 'www.linkedin.com/feed/' },
  { name: 'LinkedIn guest search', kind: 'job-site, no posting', file: 'job_pages_html/listing/linkedin_guest_jobs-search_india.html', at: 'www.linkedin.com/jobs/search?keywords=data&location=India' },
  { name: 'Lever board', kind: 'job-site, no posting', file: 'job_pages_more/listing/lever_board_januxrx.html', at: 'jobs.lever.co/januxrx' },
  { name: 'Workday search', kind: 'job-site, no posting', file: 'job_pages_more/listing/workday_autodesk_search_406-jobs.html', at: 'autodesk.wd1.myworkdayjobs.com/Ext' },
  // Saved from glassdoor.co.uk; served under .com, the domain the extension claims.
  { name: 'Glassdoor landing', kind: 'job-site, no posting', file: 'job_pages_more/negative/glassdoor_uk_jobs-landing.html', at: 'www.glassdoor.com/Job/index.htm' },
  { name: 'Wellfound role list', kind: 'job-site, no posting', file: 'job_pages_more/listing/wellfound_role_software-engineer_listing.html', at: 'wellfound.com/role/software-engineer' },
  { name: 'V8 blog', kind: 'other site', file: 'job_pages_html/negative/readability_v8-blog.html', at: 'blog.example.org/emscripten-standalone-wasm' },
];
