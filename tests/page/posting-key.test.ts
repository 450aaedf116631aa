import { describe, expect, test } from 'vitest';
import { postingKey } from '../../src/page/posting-key';
import { toDocument } from './helpers';

const doc = (h1: string) => toDocument(`<html><head><title>Page</title></head><body><h1>${h1}</h1></body></html>`);

describe('postingKey', () => {
  test('LinkedIn two-pane: changes with currentJobId only', () => {
    const a = postingKey('https://www.linkedin.com/jobs/search/?currentJobId=1&keywords=ml', doc('A'));
    expect(postingKey('https://www.linkedin.com/jobs/search/?currentJobId=1&keywords=ml&start=25', doc('B'))).toBe(a);
    expect(postingKey('https://www.linkedin.com/jobs/search/?currentJobId=2&keywords=ml', doc('A'))).not.toBe(a);
  });

  test('LinkedIn view pages: the numeric id', () => {
    expect(postingKey('https://www.linkedin.com/jobs/view/ml-engineer-at-acme-4411867124?trk=x', doc('A'))).toBe(
      postingKey('https://www.linkedin.com/jobs/view/4411867124/', doc('B')),
    );
  });

  test('Indeed: vjk on the search, jk on viewjob', () => {
    const a = postingKey('https://www.indeed.com/jobs?q=ml&vjk=aaa', doc('A'));
    expect(postingKey('https://www.indeed.com/jobs?q=ml&start=10&vjk=aaa', doc('A'))).toBe(a);
    expect(postingKey('https://www.indeed.com/jobs?q=ml&vjk=bbb', doc('A'))).not.toBe(a);
    expect(postingKey('https://www.indeed.com/viewjob?jk=ccc', doc('A'))).toContain('jk=ccc');
  });

  test('SEEK, ZipRecruiter and BrassRing name the open posting in the query or the hash', () => {
    const seek = postingKey('https://www.seek.com.au/data-scientist-jobs?jobId=81234567', doc('A'));
    expect(postingKey('https://www.seek.com.au/data-scientist-jobs?jobId=81234567&page=2', doc('B'))).toBe(seek);
    expect(postingKey('https://www.seek.com.au/data-scientist-jobs?jobId=81234568', doc('A'))).not.toBe(seek);
    const zip = postingKey('https://www.ziprecruiter.com/jobs-search?search=ml&lvk=Xy12', doc('A'));
    expect(postingKey('https://www.ziprecruiter.com/jobs-search?search=ml&lvk=Zz34', doc('A'))).not.toBe(zip);
    const brass = 'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=1&siteid=2';
    expect(postingKey(`${brass}#jobDetails=654321_2`, doc('Search'))).not.toBe(postingKey(`${brass}#jobDetails=654322_2`, doc('Search')));
  });

  test('elsewhere: path and title, so a client-side swap of the posting changes the key', () => {
    const a = postingKey('https://acme.example/careers/ml-engineer', doc('ML Engineer'));
    expect(postingKey('https://acme.example/careers/ml-engineer#apply', doc('ML Engineer'))).toBe(a);
    expect(postingKey('https://acme.example/careers/ml-engineer', doc('Data Scientist'))).not.toBe(a);
    expect(postingKey('https://acme.example/careers/data-scientist', doc('ML Engineer'))).not.toBe(a);
  });
});
