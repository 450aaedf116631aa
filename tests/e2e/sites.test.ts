/**
 * Signed-in LinkedIn in a real Chromium: the page most users see. The fixture reproduces the
 * signed-in markup (hashed classes, "About the job" text box, API data in hidden <code> blocks)
 * and LinkedIn's single-page navigation: from the feed to a posting, and from one posting to the
 * next, without a page load.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageState } from '../../src/messages';
import { badgeText, contentScriptRuns, startExtension, tabIdOf, tabState, waitFor, type Browser, type FixtureServer } from './harness';

let server: FixtureServer;
let browser: Browser;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => ({ server, browser, close } = await startExtension()));
afterAll(() => close?.());

const titled = (tabId: number, title: string) =>
  waitFor(
    () => tabState(browser, tabId),
    (s) => s?.kind === 'posting' && s.posting.title === title,
  ) as Promise<Extract<PageState, { kind: 'posting' }>>;

describe('sites added with their adapters run by themselves', () => {
  test.each([
    ['www.seek.com.au', '/job/81234567', 'Data Scientist', 'seek'],
    ['northwind.taleo.net', '/careersection/2/jobdetail.ftl?job=2400123&lang=en', 'Senior Data Engineer', 'taleo'],
    ['careers-northwind.icims.com', '/jobs/4521/machine-learning-engineer-ii/job?in_iframe=1', 'Machine Learning Engineer II', 'icims'],
  ])('%s%s: the posting is read and the badge is set', async (host, path, title, source) => {
    const page = await browser.ctx.newPage();
    await page.goto(server.url(host, path));
    const tabId = await tabIdOf(browser, page);
    const state = await titled(tabId, title);
    expect(state.posting.source).toBe(source);
    expect(await waitFor(() => badgeText(browser, tabId))).not.toBe('');
    await page.close();
  });
});

describe('signed-in LinkedIn', () => {
  test('the job view opened directly is a posting, read from the signed-in markup', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(server.url('www.linkedin.com', '/jobs/view/4100000101/'));
    const tabId = await tabIdOf(browser, page);
    const state = await titled(tabId, 'Senior Data Engineer');
    expect(state.posting.source).toBe('linkedin');
    expect(state.posting.company).toBe('Contoso Trading');
    expect(await waitFor(() => badgeText(browser, tabId))).not.toBe('');
    await page.close();
  });

  test('from the feed to a posting and on to the next, without a page load', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(server.url('www.linkedin.com', '/feed/'));
    const tabId = await tabIdOf(browser, page);
    // The feed is no posting: no extension script runs there, and no state names one.
    await page.waitForLoadState('load');
    expect(await contentScriptRuns(browser, tabId)).toBe(false);
    expect((await tabState(browser, tabId))?.kind).not.toBe('posting');
    await page.evaluate(() => ((window as unknown as { loads: number }).loads = 1));

    await page.click('#open-first');
    const first = await titled(tabId, 'Senior Data Engineer');
    expect(first.posting.url).toContain('/jobs/view/4100000101/');

    await page.click('#open-next');
    const second = await titled(tabId, 'Machine Learning Engineer, Pricing');
    expect(second.posting.url).toContain('/jobs/view/4100000102/');
    // The same document all along: the marker set on the feed is still there.
    expect(await page.evaluate(() => (window as unknown as { loads?: number }).loads)).toBe(1);
    await page.close();
  });
});
