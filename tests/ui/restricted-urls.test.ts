import { describe, expect, test } from 'vitest';
import { inaccessibleReason } from '../../src/ui/restricted-urls';
import { parsePageState } from '../../src/messages';
import { tabIdFromSearch } from '../../src/ui/popup-data';

describe('inaccessibleReason', () => {
  test.each([
    ['chrome://extensions/', /browser’s own pages/],
    ['edge://settings', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['about:addons', /browser’s own pages/],
    ['view-source:https://example.com', /browser’s own pages/],
    ['chrome-extension://abc/popup.html', /browser’s own pages/],
    ['https://chromewebstore.google.com/detail/x/abc', /Chrome Web Store/],
    ['https://chrome.google.com/webstore/detail/abc', /Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', /addons\.mozilla\.org/],
    ['https://microsoftedge.microsoft.com/addons/detail/x', /Edge Add-ons/],
    ['file:///home/me/posting.html', /Allow access to file URLs/],
    ['file:///home/me/posting.pdf', /PDF viewer/],
    ['https://example.com/jobs/ml-engineer.PDF', /PDF viewer/],
  ])('%s cannot be read', (url, reason) => {
    expect(inaccessibleReason(url, { fileAccess: false })).toMatch(reason);
  });

  test.each([
    'https://boards.greenhouse.io/acme/jobs/1',
    'https://www.linkedin.com/jobs/view/123',
    'https://chrome.google.com/search', // not the store
    'http://localhost:8080/posting.html',
    undefined,
  ])('%s can (probably) be read', (url) => {
    expect(inaccessibleReason(url, { fileAccess: false })).toBeNull();
  });

  test('file:// with the user’s permission', () => {
    expect(inaccessibleReason('file:///home/me/posting.html', { fileAccess: true })).toBeNull();
  });
});

test.each([
  ['?tabId=12', 12],
  ['?tabId=abc', null],
  ['?tabId=-1', null],
  ['', null],
])('tabIdFromSearch(%j)', (search, expected) => {
  expect(tabIdFromSearch(search)).toBe(expected);
});

test('parsePageState, the popup’s check of what the background and the tab send, checks the outline', () => {
  const analysis = { isJobPosting: true, title: 'Data Engineer', skills: [], roles: [], gap: { missingRequired: [], missingPreferred: [], matched: [], related: [], score: 0.5 }, seniority: null, minYears: null, degree: null };
  const posting = { kind: 'posting', posting: { title: 'Data Engineer', source: 'linkedin' }, analysis };
  expect(parsePageState({ kind: 'not-posting', reason: 'A list of jobs.', url: 'https://www.linkedin.com/jobs/' })).not.toBeNull();
  expect(parsePageState(posting)).toBe(posting);
  expect(parsePageState({ kind: 'posting', posting: { source: 'linkedin' } })).toBeNull();
  expect(parsePageState({ ...posting, analysis: { ...analysis, gap: {} } })).toBeNull();
  expect(parsePageState(null)).toBeNull();
});
