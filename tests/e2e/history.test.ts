/**
 * The posting history and the role comparison in the built extension: real fixture postings
 * visited in Chromium are listed on postings.html under the title the popup shows, the skills
 * missing most often read "… — missing in N of M postings", page text stays text, and the
 * popup's "Compare the closest roles" opens the two roles side by side.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messages';
import { openPopup, serviceWorker, setSkillList, startExtension, tabIdOf, waitFor, type Browser, type FixtureServer } from './harness';

declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: FixtureServer;
let browser: Browser;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, browser, close } = await startExtension());
  await setSkillList(browser, [
    { id: 'python', name: 'Python' },
    { id: 'sql', name: 'SQL' },
  ]);
});
afterAll(() => close?.());

/** The title the popup shows for a tab, once it shows a posting. */
async function popupTitle(tabId: number): Promise<string> {
  const popup = await openPopup(browser, tabId);
  const title = popup.getByTestId('posting-title');
  await title.waitFor();
  const text = (await title.textContent()) ?? '';
  await popup.close();
  return text;
}

async function historyPage(): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/postings.html`);
  return page;
}

/** What storage holds, read in the service worker. */
async function storedHistory(): Promise<Array<{ title: string; key: string }>> {
  return serviceWorker(browser).evaluate(async () => ((await chrome.storage.local.get('history'))['history'] ?? []) as Array<{ title: string; key: string }>);
}

describe('history', () => {
  const titles: string[] = [];
  let greenhouseTab = -1;

  beforeAll(async () => {
    const visit = async (host: string, path: string) => {
      const page = await browser.ctx.newPage();
      await page.goto(server.url(host, path));
      return { page, tabId: await tabIdOf(browser, page) };
    };
    const linkedin = await visit('www.linkedin.com', '/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678');
    titles.push(await popupTitle(linkedin.tabId));
    // Seen again: still one entry.
    await linkedin.page.reload();
    await popupTitle(linkedin.tabId);

    const greenhouse = await visit('job-boards.greenhouse.io', '/fabrikam/jobs/4001');
    greenhouseTab = greenhouse.tabId;
    titles.push(await popupTitle(greenhouse.tabId));

    // A single-page site: one posting, then another in the same tab.
    const search = await visit('www.linkedin.com', '/jobs/search/?keywords=data&currentJobId=111');
    titles.push(await popupTitle(search.tabId));
    await search.page.evaluate(() => (window as unknown as { openJob(id: string): void }).openJob('222'));
    await waitFor(
      () => serviceWorker(browser).evaluate((id: number) => chrome.tabs.get(id).then((t) => t.url ?? ''), search.tabId),
      (u) => u.includes('currentJobId=222'),
    );
    await waitFor(async () => {
      const popup = await openPopup(browser, search.tabId);
      const t = popup.getByTestId('posting-title');
      await t.waitFor();
      const text = (await t.textContent()) ?? '';
      await popup.close();
      return text;
    }, (t) => t !== titles[2]).then((t) => titles.push(t));
    await waitFor(storedHistory, (list) => list.length >= 4);
  });

  test('lists each posting once, under the title the popup shows', async () => {
    expect(new Set(titles).size).toBe(4);
    const page = await historyPage();
    await page.getByTestId('history-row').first().waitFor();
    const listed = await page.getByTestId('history-title').allTextContents();
    expect([...listed].sort()).toEqual([...titles].sort());
    expect(await storedHistory()).toHaveLength(4);
    await page.close();
  });

  test('shows a skill missing in two or more postings, in the words "missing in N of M postings"', async () => {
    const page = await historyPage();
    await page.getByTestId('top-missing-line').first().waitFor();
    const lines = await page.getByTestId('top-missing-line').allTextContents();
    const counted = lines.map((l) => /^(.+) — missing in (\d+) of 4 postings$/.exec(l)).filter((m) => m !== null);
    expect(counted.length).toBe(lines.length);
    expect(Number(counted[0]![2])).toBeGreaterThanOrEqual(2);

    // "I have this" on it: the skill leaves the list and the scores follow.
    const name = counted[0]![1]!;
    const before = await page.getByTestId('history-score').allTextContents();
    await page.getByTestId('top-missing-have').first().click();
    await waitFor(() => page.getByTestId('top-missing-line').allTextContents(), (l) => !l.some((x) => x.startsWith(`${name} — `)));
    const after = await waitFor(() => page.getByTestId('history-score').allTextContents(), (s) => s.join() !== before.join());
    const sum = (l: string[]) => l.reduce((a, s) => a + Number.parseInt(s, 10), 0);
    expect(sum(after)).toBeGreaterThan(sum(before));
    await page.close();
  });

  test('page text is rendered as text, never as HTML', async () => {
    await serviceWorker(browser).evaluate(async () => {
      const list = ((await chrome.storage.local.get('history'))['history'] ?? []) as Array<Record<string, unknown>>;
      const hostile = {
        ...list[0],
        key: 'evil.example/jobs/1',
        url: 'javascript:alert(1)',
        title: '<img src=x onerror="document.title=\'pwned\'">Staff Engineer',
        company: '<script>document.title="pwned"</script>',
        location: '<b onmouseover=alert(1)>Paris</b>',
        salary: { min: 100000, max: 120000, currency: 'USD', period: 'year' },
        // Whatever the copied posting said of these, the facts line below is pay and place only.
        remote: null,
        employmentType: null,
      };
      await chrome.storage.local.set({ history: [hostile, ...list] });
    });
    const page = await historyPage();
    const row = page.getByTestId('history-row').filter({ hasText: 'Staff Engineer' });
    await row.waitFor();
    expect(await row.getByTestId('history-title').textContent()).toBe('<img src=x onerror="document.title=\'pwned\'">Staff Engineer');
    expect(await row.getByTestId('history-facts').textContent()).toBe('$100,000–$120,000 a year · <b onmouseover=alert(1)>Paris</b>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await row.getByTestId('history-title').getAttribute('href')).toBeNull();
    await page.close();
  });

  test('"Compare the closest roles" in the popup opens the two roles in the founding article’s sections', async () => {
    const state = (await serviceWorker(browser).evaluate(async (id: number) => {
      const stored = await chrome.storage.session.get(`tab:${id}`);
      return stored[`tab:${id}`] ?? null;
    }, greenhouseTab)) as PageState | null;
    const popup = await openPopup(browser, greenhouseTab);
    const link = popup.getByTestId('compare-roles');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    await popup.close();
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${href}`);
    await page.getByTestId('compare-role-title').first().waitFor();
    const roles = await page.getByTestId('compare-role-title').allTextContents();
    expect(state?.kind).toBe('posting');
    const best = state?.kind === 'posting' ? [...state.analysis.roles].sort((a, b) => b.score - a.score).slice(0, 2).map((r) => r.title) : [];
    expect(roles).toEqual(best);
    expect(roles).toHaveLength(2);
    expect(await page.locator('tbody th').allTextContents()).toEqual([
      'Definition',
      'Responsibilities',
      'Skills',
      'Education',
      'Tools and software',
      'Industries',
      'Getting started',
    ]);
    expect(await page.locator('[data-asked="yes"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-have="yes"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
