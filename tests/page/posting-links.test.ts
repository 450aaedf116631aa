import { expect, test } from 'vitest';
import { postingLinkKey } from '../../src/page/posting-links';

const BASE = new URL('https://jobs.example.org/search?q=engineer');

// Links as the job boards and applicant tracking systems print them on their lists.
test.each([
  ['Naukri', 'https://www.naukri.com/job-listings-machine-learning-engineer-northwind-analytics-bengaluru-3-to-6-years-120825012345?src=jobsearchDesk'],
  ['StepStone', 'https://www.stepstone.de/stellenangebote--Data-Engineer-m-w-d-Hamburg-Nordwind-Energie-GmbH--11234567-inline.html'],
  ['Monster', 'https://www.monster.com/job-openings/senior-data-engineer-austin-tx--6f1c2b7e-3d0a-4c55-9a51-2f8e0b7d9c11'],
  ['Taleo', 'https://northwind.taleo.net/careersection/2/jobdetail.ftl?job=2400123&lang=en'],
  ['BrassRing', 'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25678&siteid=5275&PageType=JobDetails&jobid=654321'],
  ['Glassdoor', 'https://www.glassdoor.com/job-listing/senior-machine-learning-engineer-northwind-ai-JV_IC2622109_KO0,32_KE33,45.htm?jl=1009012345678'],
  ['Eightfold', 'https://careers.contoso-networks.example/careers/job/4100123'],
])('a %s posting link is a posting', (_site, href) => {
  expect(postingLinkKey(href, BASE)).not.toBeNull();
});

test.each([
  ['a Naukri company page', 'https://www.naukri.com/northwind-analytics-jobs-careers-1001'],
  ['a Taleo search', 'https://northwind.taleo.net/careersection/2/jobsearch.ftl?lang=en'],
  ['a Taleo detail link without its job', 'https://northwind.taleo.net/careersection/2/jobdetail.ftl?lang=en'],
  ['a careers page of the site', 'https://careers.contoso-networks.example/careers/benefits'],
  ['a search by category', 'https://jobs.example.org/jobs/category/engineering'],
])('%s is not a posting link', (_what, href) => {
  expect(postingLinkKey(href, BASE)).toBeNull();
});
