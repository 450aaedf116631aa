/**
 * The built extension in a real Chromium: detection, highlights, badge, popup, options, single-page
 * navigation, privacy. Run with `npm run test:e2e` (builds first).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messages';
import { CONTENT_SCRIPT_FILES } from '../../src/extension-contract';
import { badgeColor, badgeText, contentScriptRuns, extensionProbe, foreignRequests, highlightSummary, openPopup, pointInWord, serviceWorker, setSkillList, startExtension, tabIdOf, tabState, waitFor, type Browser, type FixtureServer } from './harness';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API. Type-only: nothing is emitted, the name resolves over there.
declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: FixtureServer;
let browser: Browser;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => ({ server, browser, close } = await startExtension()));
afterAll(() => close?.());

/**
 * Counts the background's `tab-state-changed` notices carrying a state for a tab: each one is a
 * content-script report (a `null` notice is the background dropping the old URL's result).
 */
async function countReports(tabId: number, during: () => Promise<void>): Promise<number> {
  const probe = await extensionProbe(browser);
  await probe.evaluate((id: number) => {
    const w = window as unknown as { reports: number; listening?: boolean };
    w.reports = 0;
    if (w.listening) return;
    w.listening = true;
    chrome.runtime.onMessage.addListener((m: { type?: string; tabId?: number; state?: unknown }) => {
      if (m.type === 'tab-state-changed' && m.tabId === id && m.state) w.reports++;
    });
  }, tabId);
  await during();
  return probe.evaluate(() => (window as unknown as { reports: number }).reports);
}

/** Name of the highlight group holding a word. */
async function groupOf(page: Page, word: string): Promise<string | null> {
  return page.evaluate((w: string) => {
    let found: string | null = null;
    CSS.highlights.forEach((h, name) => h.forEach((r) => void (r.toString() === w && (found = name))));
    return found;
  }, word);
}

/** Asks the content script, as the popup does. */
async function contentSay<T>(tabId: number, message: unknown): Promise<T> {
  return serviceWorker(browser).evaluate(
    ([id, m]) => chrome.tabs.sendMessage(id as number, m) as Promise<T>,
    [tabId, message] as const,
  );
}

/** Text inside closed shadow roots, via CDP `DOM.getDocument({ pierce: true })`. */
async function shadowText(page: Page): Promise<string> {
  const cdp = await browser.ctx.newCDPSession(page);
  interface DomNode {
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: string[] = [];
  const walk = (node: DomNode, inClosed: boolean) => {
    if (inClosed && node.nodeName === '#text' && node.nodeValue) out.push(node.nodeValue);
    for (const sr of node.shadowRoots ?? []) walk(sr, inClosed || sr.shadowRootType === 'closed');
    for (const child of node.children ?? []) if (child.nodeName !== 'STYLE') walk(child, inClosed);
  };
  walk(root, false);
  await cdp.detach();
  return out.join(' ');
}

async function openJob(path: string, host = 'www.linkedin.com'): Promise<{ page: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.goto(server.url(host, path));
  const tabId = await tabIdOf(browser, page);
  return { page, tabId };
}

const postingState = (tabId: number) =>
  waitFor(
    () => tabState(browser, tabId),
    (s) => s?.kind === 'posting',
  ) as Promise<Extract<PageState, { kind: 'posting' }>>;

describe('a LinkedIn job page', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await setSkillList(browser, [
      { id: 'python', name: 'Python' },
      { id: 'sql', name: 'SQL' },
      { id: 'docker', name: 'Docker' },
    ]);
    ({ page, tabId } = await openJob('/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678'));
  });

  afterAll(async () => {
    await page.close();
  });

  test('is detected and analysed; the badge shows the score', async () => {
    const state = await postingState(tabId);
    expect(state.posting.title).toBe('Senior Machine Learning Engineer');
    expect(state.posting.source).toBe('linkedin');
    const missing = state.analysis.gap.missingRequired.map((s) => s.id);
    expect(missing).toContain('pytorch');
    expect(missing).not.toContain('python');
    const badge = await waitFor(() => badgeText(browser, tabId), (t) => /^\d{1,3}%$/.test(t));
    expect(badge).toBe(`${Math.round(state.analysis.gap.score * 100)}%`);
    const [r, g, b] = await badgeColor(browser, tabId);
    const pct = Math.round(state.analysis.gap.score * 100);
    // green ≥ 60, amber ≥ 35, red below (src/core/verdict.ts, the popup's thresholds too)
    if (pct >= 60) expect([r, g, b]).toEqual([0x1a, 0x7f, 0x37]);
    else if (pct >= 35) expect([r, g, b]).toEqual([0xb4, 0x53, 0x09]);
    else expect([r, g, b]).toEqual([0xc6, 0x28, 0x28]);
  });

  test('skills are highlighted without touching the page DOM, with neutral names', async () => {
    const summary = await waitFor(() => highlightSummary(page), (s) => s.ranges >= 8);
    expect(summary.texts).toEqual(expect.arrayContaining(['Python', 'PyTorch', 'Docker', 'Kubernetes', 'AWS']));
    expect(summary.texts.some((t) => t.startsWith('SQL'))).toBe(true);
    // Nothing highlighted in form fields (the note input says "Rust and Kafka").
    expect(summary.texts).not.toContain('Kafka');
    for (const name of summary.names) {
      expect(name).toMatch(/^[a-z][a-z0-9]{8}$/);
      expect(name).not.toMatch(/python|sql|docker|have|miss/i);
    }
    const dom = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark').length,
      styles: document.querySelectorAll('style').length,
      extraAttrs: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => a.name).filter((n) => /^data-(rl|role)/.test(n)),
      ),
      globals: Object.keys(window).filter((k) => /role|lens|skill/i.test(k)),
    }));
    expect(dom).toEqual({ marks: 0, styles: 1, extraAttrs: [], globals: [] });
    // By default every skill has one look: the page can't tell the skills the user has (Python)
    // from the missing ones (PyTorch).
    expect(summary.names).toHaveLength(1);
    expect(await groupOf(page, 'Python')).toBe(await groupOf(page, 'PyTorch'));
  });

  test('hovering a highlighted skill shows its name and status in a closed shadow root', async () => {
    await waitFor(() => highlightSummary(page), (s) => s.ranges > 0);
    const box = await pointInWord(page, 'Strong experience with PyTorch', 'PyTorch');
    await page.mouse.move(box.x - 200, box.y + 200);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    const host = await waitFor(
      () =>
        page.evaluate(() => {
          const last = document.documentElement.lastElementChild;
          return last && last.tagName === 'DIV' ? { attrs: last.attributes.length, open: last.shadowRoot !== null, text: last.textContent } : null;
        }),
      (v) => v !== null,
    );
    // The page sees an attribute-less element and cannot look inside.
    expect(host).toEqual({ attrs: 0, open: false, text: '' });
    // What the user sees, read through the DevTools protocol (it pierces closed roots; the page cannot).
    await expect(shadowText(page)).resolves.toMatch(/PyTorch.*Missing — required/);
    await page.mouse.move(5, 5);
    await waitFor(
      () => page.evaluate(() => document.documentElement.lastElementChild?.tagName),
      (t) => t === 'BODY',
    );
  });

  test('the popup shows the title, the closest role and the missing required skills', async () => {
    const popup = await openPopup(browser, tabId);
    await expect(popup.getByTestId('posting-title').textContent()).resolves.toBe('Senior Machine Learning Engineer');
    await popup.getByTestId('role-title').first().waitFor();
    const roles = await popup.getByTestId('role-title').allTextContents();
    expect(roles.length).toBeGreaterThan(0);
    expect(roles[0]).toMatch(/machine learning|ML|AI|computer vision/i);
    const missing = popup.getByTestId('missing-required');
    await expect(missing.getByTestId('skill-pytorch').isVisible()).resolves.toBe(true);
    await expect(missing.getByTestId('skill-python').count()).resolves.toBe(0);
    await popup.close();
  });

  test('"I have this" shrinks the missing list and updates the badge and the highlights', async () => {
    // Colours by status are the user's opt-in (options page); with them, PyTorch starts apart from Python.
    await serviceWorker(browser).evaluate(() =>
      chrome.storage.sync.set({ settings: { highlights: true, allSites: false, colourHighlights: true } }),
    );
    await waitFor(
      async () => [await groupOf(page, 'PyTorch'), await groupOf(page, 'Python')],
      ([a, b]) => a !== null && b !== null && a !== b,
    );
    const before = await postingState(tabId);
    const popup = await openPopup(browser, tabId);
    const missing = popup.getByTestId('missing-required');
    await missing.getByTestId('skill-pytorch').waitFor();
    const countBefore = await missing.locator('li').count();
    await popup.getByTestId('add-skill-pytorch').click();
    await waitFor(() => missing.getByTestId('skill-pytorch').count(), (n) => n === 0);
    expect(await missing.locator('li').count()).toBe(countBefore - 1);
    const after = await waitFor(
      () => tabState(browser, tabId),
      (s) => s?.kind === 'posting' && s.analysis.gap.score > before.analysis.gap.score,
    );
    const pct = Math.round((after as Extract<PageState, { kind: 'posting' }>).analysis.gap.score * 100);
    await waitFor(() => badgeText(browser, tabId), (t) => t === `${pct}%`);
    // PyTorch now painted like Python (have), no longer like the missing ones.
    await waitFor(
      async () => [await groupOf(page, 'PyTorch'), await groupOf(page, 'Python')],
      ([a, b]) => a !== null && a === b,
    );
    await popup.close();
    await serviceWorker(browser).evaluate(() => chrome.storage.sync.set({ settings: { highlights: true, allSites: false } }));
  });

  test('"not asked here" hides a missing skill; the score and badge follow, undo restores them', async () => {
    const before = await postingState(tabId);
    const skill = before.analysis.gap.missingRequired.find((s) => !s.anyOf)!;
    const popup = await openPopup(browser, tabId);
    const missing = popup.getByTestId('missing-required');
    await missing.getByTestId(`skill-${skill.id}`).waitFor();
    await popup.getByTestId(`not-asked-${skill.id}`).click();
    await popup.getByTestId(`not-asked-here-${skill.id}`).click();
    await waitFor(() => missing.getByTestId(`skill-${skill.id}`).count(), (n) => n === 0);
    const hidden = await waitFor(
      () => tabState(browser, tabId),
      (s) => s?.kind === 'posting' && s.analysis.gap.score > before.analysis.gap.score,
    );
    const pct = Math.round((hidden as Extract<PageState, { kind: 'posting' }>).analysis.gap.score * 100);
    await waitFor(() => badgeText(browser, tabId), (t) => t === `${pct}%`);
    await popup.getByTestId(`undo-not-asked-${skill.id}`).click();
    await missing.getByTestId(`skill-${skill.id}`).waitFor();
    await waitFor(() => badgeText(browser, tabId), (t) => t === `${Math.round(before.analysis.gap.score * 100)}%`);
    await popup.close();
  });

  test('reveal-skill scrolls to the mention; highlights can be switched off and on', async () => {
    await expect(contentSay(tabId, { type: 'reveal-skill', skillId: 'aws' })).resolves.toEqual({ found: true });
    await expect(contentSay(tabId, { type: 'reveal-skill', skillId: 'cobol' })).resolves.toEqual({ found: false });
    await expect(contentSay(tabId, { type: 'set-highlights', enabled: false })).resolves.toEqual({ enabled: false, supported: true });
    const off = await page.evaluate(() => ({ size: CSS.highlights.size, sheets: document.adoptedStyleSheets.length }));
    expect(off).toEqual({ size: 0, sheets: 0 });
    await contentSay(tabId, { type: 'set-highlights', enabled: true });
    expect((await highlightSummary(page)).ranges).toBeGreaterThan(0);
  });

  test('the highlights setting in storage switches them off everywhere', async () => {
    await serviceWorker(browser).evaluate(() => chrome.storage.sync.set({ settings: { highlights: false, allSites: false } }));
    await waitFor(() => page.evaluate(() => CSS.highlights.size), (n) => n === 0);
    await serviceWorker(browser).evaluate(() => chrome.storage.sync.set({ settings: { highlights: true, allSites: false } }));
    await waitFor(() => page.evaluate(() => CSS.highlights.size), (n) => n > 0);
  });

  test('injecting the script again (popup on-demand path) does not run it twice', async () => {
    const before = await highlightSummary(page);
    await serviceWorker(browser).evaluate(
      ([id, files]) => chrome.scripting.executeScript({ target: { tabId: id }, files: [...files] }),
      [tabId, CONTENT_SCRIPT_FILES] as const,
    );
    // The new copy has taken over once its highlights, under fresh names, are in the page and
    // the old copy's are gone; two copies running would leave both sets.
    const after = await waitFor(
      () => highlightSummary(page),
      (s) => s.ranges > 0 && s.names.every((n) => !before.names.includes(n)),
    );
    expect(after.names.length).toBe(before.names.length);
    expect(after.ranges).toBe(before.ranges);
    await expect(contentSay<PageState>(tabId, { type: 'get-state' })).resolves.toMatchObject({ kind: 'posting' });
  });
});

describe('a single-page site (LinkedIn two-pane search)', () => {
  test('a new currentJobId with a new description is re-analysed; the list alone changing is not', async () => {
    const { page, tabId } = await openJob('/jobs/search/?keywords=data&currentJobId=111');
    const first = await postingState(tabId);
    expect(first.posting.title).toBe('Data Engineer');
    await waitFor(() => highlightSummary(page), (s) => s.texts.includes('Airflow') || s.texts.includes('Apache Airflow'));

    let second: PageState | null = null;
    const navReports = await countReports(tabId, async () => {
      await page.evaluate(() => (window as unknown as { openJob(id: string): void }).openJob('222'));
      second = await waitFor(
        () => tabState(browser, tabId),
        (s) => s?.kind === 'posting' && s.posting.title === 'Machine Learning Engineer, Ranking',
      );
      // The background stores the result and tells the extension's pages at the same time: the
      // stored result can be seen before the message arrives.
      const probe = await extensionProbe(browser);
      await waitFor(() => probe.evaluate(() => (window as unknown as { reports: number }).reports), (n) => n >= 1);
    });
    // The URL change and the pane re-render, debounced into one report (the counter works).
    expect(navReports).toBe(1);
    const got = second as PageState | null;
    expect(got?.kind === 'posting' && got.posting.url).toContain('currentJobId=222');
    const summary = await waitFor(() => highlightSummary(page), (s) => s.texts.includes('XGBoost'));
    expect(summary.texts).not.toContain('Airflow');

    // The page's own churn outside the posting (the result list), attribute changes inside it,
    // and our own highlights: none of it is a new posting, so nothing is re-reported.
    const reports = await countReports(tabId, async () => {
      await page.evaluate(() => {
        const list = document.querySelector('.jobs-search-results-list')!;
        let n = 0;
        const timer = setInterval(() => {
          const li = document.createElement('li');
          li.className = 'job-card-container';
          li.textContent = `Promoted job ${++n}: Python developer`;
          list.append(li);
          document.getElementById('job-details')!.classList.toggle('is-expanded');
          if (n === 10) clearInterval(timer);
        }, 100);
      });
      await new Promise((r) => setTimeout(r, 2500));
    });
    expect(reports).toBe(0);
    await page.close();
  });
});

describe('a Greenhouse posting', () => {
  test('is detected on job-boards.greenhouse.io', async () => {
    const { page, tabId } = await openJob('/fabrikam/jobs/4001', 'job-boards.greenhouse.io');
    const state = await postingState(tabId);
    expect(state.posting).toMatchObject({ title: 'Lead Machine Learning Engineer', source: 'greenhouse' });
    expect((await highlightSummary(page)).ranges).toBeGreaterThan(5);
    await page.close();
  });
});

describe('a page that is not a posting', () => {
  test('a job site\'s page that is no posting runs no extension script; the popup says why and can analyse it', async () => {
    const { page, tabId } = await openJob('/about', 'www.indeed.com');
    await page.waitForLoadState('load');
    // The background injects the engine only on the site's posting URLs.
    expect(await contentScriptRuns(browser, tabId)).toBe(false);
    expect(await tabState(browser, tabId)).toBeNull();
    expect(await badgeText(browser, tabId)).toBe('');
    expect((await highlightSummary(page)).ranges).toBe(0);
    // The popup injects the script on demand: the page is read and found not to be a posting.
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('popup-not-posting').waitFor();
    // "Analyze this page anyway": the whole page is analysed, and stays so on re-checks.
    await popup.getByTestId('analyze-anyway').click();
    await popup.getByTestId('posting-title').waitFor();
    expect(await popup.getByTestId('posting-title').textContent()).toBe('About Indeed');
    const after = await waitFor(() => tabState(browser, tabId), (s) => s?.kind === 'posting');
    expect(after?.kind).toBe('posting');
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  test('a skill added in the options page is still there after a reload', async () => {
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const input = options.getByTestId('skill-input');
    await input.fill('k8s');
    await options.getByTestId('suggestion-kubernetes').waitFor();
    await input.press('Enter');
    await options.getByTestId('my-skill-kubernetes').waitFor();
    await options.reload();
    await options.getByTestId('my-skill-kubernetes').waitFor();
    await options.close();
  });
});

describe('privacy', () => {
  test('the page gets no message from the extension (no postMessage naming its id)', async () => {
    const page = await browser.ctx.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      window.addEventListener('message', (e) => void w.seen.push(e.data));
    });
    await page.goto(server.url('job-boards.greenhouse.io', '/fabrikam/jobs/4002'));
    await waitFor(() => highlightSummary(page), (s) => s.ranges > 0);
    // Inject a second copy too: the hand-over between copies must stay silent as well.
    const tabId = await tabIdOf(browser, page);
    await serviceWorker(browser).evaluate(
      ([id, files]) => chrome.scripting.executeScript({ target: { tabId: id }, files: [...files] }),
      [tabId, CONTENT_SCRIPT_FILES] as const,
    );
    await page.evaluate(() => history.pushState({}, '', location.pathname + '?gh_jid=4002'));
    // The new copy has started and read the new address: everything it would say has been said.
    await waitFor(
      () => tabState(browser, tabId),
      (s) => s?.kind === 'posting' && (s.posting.url ?? '').includes('gh_jid=4002'),
    );
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    await page.close();
  });

  test('no request left for any address but the test server', () => {
    expect(foreignRequests(browser, server)).toEqual([]);
    // And the server only saw the pages the tests opened (no beacons, no fetches by the extension).
    const paths = server.requests.map((r) => r.split(' ')[1]!.split('?')[0]);
    expect(paths.every((p) => /^\/(jobs\/view\/|jobs\/search\/|fabrikam\/jobs\/|about$|favicon\.ico$)/.test(p!))).toBe(true);
  });
});
