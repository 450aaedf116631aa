import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { siteFor, sites } from '../../src/page/sites';

/** Posting and list URLs of each site (github-url-detection style): each adapter owns exactly its own. */
const URLS: Record<string, { posting: string[]; listing: string[] }> = {
  linkedin: {
    posting: [
      'https://www.linkedin.com/jobs/view/3999888700/',
      'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
      'https://www.linkedin.com/jobs/search/?currentJobId=3999888700&keywords=ml',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999888700',
    ],
    listing: ['https://www.linkedin.com/jobs/search/?keywords=ml', 'https://www.linkedin.com/jobs/collections/recommended/'],
  },
  indeed: {
    posting: ['https://www.indeed.com/viewjob?jk=877a31af4a15e83f', 'https://de.indeed.com/jobs?q=ml&l=Berlin&vjk=a1b2c3d4e5f60718', 'https://uk.indeed.com/rc/clk?jk=a1b2c3d4e5f60718'],
    listing: ['https://www.indeed.com/jobs?q=ml&l=Remote', 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html'],
  },
  greenhouse: {
    posting: ['https://boards.greenhouse.io/northwindai/jobs/4012345', 'https://job-boards.greenhouse.io/northwindai/jobs/4012345?gh_src=abc', 'https://job-boards.eu.greenhouse.io/northwindai/jobs/4012345'],
    listing: ['https://boards.greenhouse.io/northwindai', 'https://job-boards.greenhouse.io/embed/job_board?for=northwindai'],
  },
  lever: {
    posting: ['https://jobs.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30', 'https://jobs.eu.lever.co/northwind-ai/0f3c9a52-7d1e-4b8a-9c64-2e5f1b7a8d30/apply'],
    listing: ['https://jobs.lever.co/northwind-ai', 'https://jobs.lever.co/northwind-ai?team=Engineering'],
  },
  workday: {
    posting: ['https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Senior-ML-Engineer_R-1042'],
    listing: ['https://northwind.wd5.myworkdayjobs.com/en-US/External'],
  },
  ashby: {
    posting: ['https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11', 'https://jobs.ashbyhq.com/northwind-ai/6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11/application'],
    listing: ['https://jobs.ashbyhq.com/northwind-ai'],
  },
  smartrecruiters: {
    posting: ['https://jobs.smartrecruiters.com/NorthwindAI/744000012345678-senior-machine-learning-engineer'],
    listing: ['https://jobs.smartrecruiters.com/NorthwindAI', 'https://careers.smartrecruiters.com/NorthwindAI'],
  },
  workable: {
    posting: ['https://apply.workable.com/northwind-ai/j/3F7A9C21B4/'],
    listing: ['https://apply.workable.com/northwind-ai/'],
  },
  glassdoor: {
    posting: ['https://www.glassdoor.com/job-listing/senior-ml-engineer-northwind-ai-JV_IC2622109_KO0,18_KE19,31.htm?jl=1009012345678', 'https://www.glassdoor.co.uk/Job/london-ml-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,18.htm?jl=1009012345678'],
    listing: ['https://www.glassdoor.com/Job/berlin-ml-engineer-jobs-SRCH_IL.0,6_IC2622109_KO7,18.htm'],
  },
  wellfound: {
    posting: ['https://wellfound.com/jobs/3012345-senior-machine-learning-engineer', 'https://wellfound.com/company/northwind-ai/jobs/3012345-senior-machine-learning-engineer'],
    listing: ['https://wellfound.com/jobs', 'https://wellfound.com/role/machine-learning-engineer', 'https://wellfound.com/company/northwind-ai/jobs'],
  },
};

const OTHER = ['https://northwind.example/careers/senior-machine-learning-engineer', 'https://en.wikipedia.org/wiki/Mozilla', 'https://notindeed.com/viewjob?jk=1', 'https://lever.co.evil.example/x'];

const entries = sites.map((site) => [site.name, site] as const);

describe('site adapters', () => {
  test('every adapter has URLs in this table and the table names no unknown adapter', () => {
    expect(Object.keys(URLS).sort()).toEqual(sites.map((s) => s.name).sort());
  });

  test.each(entries)('%s matches its own URLs and classifies them', (name, site) => {
    const own = URLS[name]!;
    for (const url of own.posting) {
      expect(site.matches(new URL(url)), url).toBe(true);
      expect(site.isPostingUrl?.(new URL(url)), url).toBe(true);
      expect(site.isListingUrl?.(new URL(url)) ?? false, url).toBe(false);
    }
    for (const url of own.listing) {
      expect(site.matches(new URL(url)), url).toBe(true);
      expect(site.isListingUrl?.(new URL(url)), url).toBe(true);
      expect(site.isPostingUrl?.(new URL(url)) ?? false, url).toBe(false);
    }
  });

  test.each(entries)("%s matches no other site's URL", (name, site) => {
    const foreign = [...OTHER, ...Object.entries(URLS).filter(([other]) => other !== name).flatMap(([, u]) => [...u.posting, ...u.listing])];
    for (const url of foreign) expect(site.matches(new URL(url)), url).toBe(false);
  });

  test('siteFor picks the owner', () => {
    expect(siteFor(new URL(URLS['lever']!.posting[0]!))?.name).toBe('lever');
    expect(siteFor(new URL(OTHER[0]!))).toBeUndefined();
  });

  test.each(entries)('%s.ts ends with the pages it was checked on', (name) => {
    const source = readFileSync(fileURLToPath(new URL(`../../src/page/sites/${name}.ts`, import.meta.url)), 'utf8');
    const tail = source.trimEnd().split('\n').slice(-8).join('\n');
    expect(tail).toMatch(/\/\/ Checked on/);
    expect(tail).toMatch(/https?:\/\//);
  });
});
