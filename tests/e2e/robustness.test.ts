/**
 * The built extension under hostile pages, damaged storage and odd input, in Chromium. Every
 * stress input is generated here (pages served by the fixture server, storage written from the
 * service worker), none is committed as a large file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messages';
import { extensionProbe, foreignRequests, highlightSummary, openPopup, serviceWorker, setSkillList, startExtension, tabIdOf, tabState, waitFor, type Browser, type FixtureServer } from './harness';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API. Type-only: nothing is emitted, the name resolves over there.
declare const chrome: typeof import('@wxt-dev/browser').browser;

const here = dirname(fileURLToPath(import.meta.url));
const GREENHOUSE = 'job-boards.greenhouse.io';
/** The Greenhouse fixture, with its description (or title) replaced: the site adapter reads it as usual. */
const template = readFileSync(join(here, '../fixtures/pages/greenhouse-fabrikam.html'), 'utf8');

function greenhousePage(opts: { description?: string; title?: string; script?: string }): string {
  let html = template;
  if (opts.description !== undefined) {
    html = html.replace(/<div class="job__description body">[\s\S]*?<\/div>\n<\/body>/, `<div class="job__description body">${opts.description}</div>\n</body>`);
  }
  if (opts.title !== undefined) html = html.replace('<h1>Lead Machine Learning Engineer</h1>', `<h1>${opts.title}</h1>`);
  if (opts.script) html = html.replace('</body>', `<script>${opts.script}</script>\n</body>`);
  return html;
}

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

/** Asks the content script, as the popup does. */
async function contentSay<T>(tabId: number, message: unknown): Promise<T> {
  return serviceWorker(browser).evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m) as Promise<T>, [tabId, message] as const);
}

async function open(path: string, html: string): Promise<{ page: Page; tabId: number }> {
  server.page(GREENHOUSE, path, html);
  const page = await browser.ctx.newPage();
  await page.goto(server.url(GREENHOUSE, path));
  return { page, tabId: await tabIdOf(browser, page) };
}

const postingState = (tabId: number, timeout = 20_000) =>
  waitFor(() => tabState(browser, tabId), (s) => s?.kind === 'posting', timeout) as Promise<Extract<PageState, { kind: 'posting' }>>;

describe('pages that used to stop the content script for good', () => {
  test('a posting with 75,000 skill mentions gets a result, capped highlights said in the popup, and the script still answers', async () => {
    // 15,000 requirement lines naming five skills each.
    const items = Array.from({ length: 15_000 }, (_, i) => `<li>Item ${i}: Python, SQL, Docker, Kubernetes and PyTorch</li>`).join('');
    const { page, tabId } = await open('/stress/jobs/75000', greenhousePage({ description: `<h2>Requirements</h2><ul>${items}</ul>` }));
    const state = await postingState(tabId);
    expect(state.analysis.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'sql', 'docker', 'kubernetes', 'pytorch']));
    // Small whatever the page: a few mentions a skill, not 75,000.
    expect(JSON.stringify(state).length).toBeLessThan(50_000);
    const summary = await waitFor(() => highlightSummary(page), (s) => s.ranges > 0);
    expect(summary.ranges).toBe(5000);
    const popup = await openPopup(browser, tabId);
    await expect(popup.getByTestId('posting-title').textContent()).resolves.toBe('Lead Machine Learning Engineer');
    const notes = await popup.getByTestId('stage-notes').textContent();
    expect(notes).toMatch(/Highlights were limited: the first 5,000 of [\d,]+ skill mentions are marked in the page\./);
    expect(notes).toContain('only its first 100,000 characters were analysed');
    await popup.close();
    await expect(contentSay(tabId, { type: 'reveal-skill', skillId: 'pytorch' })).resolves.toEqual({ found: true });
    await expect(contentSay<PageState>(tabId, { type: 'get-state' })).resolves.toMatchObject({ kind: 'posting' });
    await page.close();
  });

  test('a posting nested 4,000 elements deep (display: contents) gets a result, and the script still answers', async () => {
    // The HTML parser flattens nesting past 512 levels, so the page script builds the chain.
    const script = `
      const description = document.querySelector('.job__description');
      const content = [...description.childNodes];
      let parent = description;
      for (let i = 0; i < 4000; i++) {
        const div = document.createElement('div');
        div.style.display = 'contents';
        parent.append(div);
        parent = div;
      }
      parent.append(...content);`;
    const { page, tabId } = await open('/deep/jobs/4000', greenhousePage({ script }));
    expect(await page.evaluate(() => {
      let depth = 0;
      for (let el: Element | null = document.querySelector('li'); el; el = el.parentElement) depth++;
      return depth;
    })).toBeGreaterThan(4000);
    const state = await postingState(tabId);
    expect(state.analysis.gap.missingRequired.map((s) => s.id)).toContain('pytorch');
    const summary = await waitFor(() => highlightSummary(page), (s) => s.ranges > 0);
    expect(summary.texts).toEqual(expect.arrayContaining(['Python', 'PyTorch', 'Kubernetes']));
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('role-title').first().waitFor();
    await popup.close();
    await expect(contentSay(tabId, { type: 'set-highlights', enabled: true })).resolves.toEqual({ enabled: true, supported: true });
    await page.close();
  });

  test('a posting whose text changes every 10 ms is re-analysed at most 3 times in 10 s', async () => {
    // A "live" line inside the description: new words every 10 ms, for as long as the page is open.
    const script = `
      const words = ['Rust', 'Go', 'Scala', 'Kafka', 'Spark', 'Flink', 'Terraform', 'Redis'];
      const live = document.createElement('p');
      document.querySelector('.job__description').append(live);
      let n = 0;
      setInterval(() => { n++; live.textContent = 'Also nice: ' + words[n % words.length] + ' ' + 'and more '.repeat(n % 5); }, 10);`;
    const { page, tabId } = await open('/restless/jobs/1', greenhousePage({ script }));
    await postingState(tabId);
    const reports = await (await extensionProbe(browser)).evaluate(async (id: number) => {
      let count = 0;
      const listener = (m: { type?: string; tabId?: number; state?: unknown }) => {
        if (m.type === 'tab-state-changed' && m.tabId === id && m.state) count++;
      };
      chrome.runtime.onMessage.addListener(listener);
      await new Promise((r) => setTimeout(r, 10_000));
      chrome.runtime.onMessage.removeListener(listener);
      return count;
    }, tabId);
    expect(reports).toBeGreaterThanOrEqual(1); // the counter hears the re-analyses
    expect(reports).toBeLessThanOrEqual(3);
    await expect(contentSay<PageState>(tabId, { type: 'get-state' })).resolves.toMatchObject({ kind: 'posting' });
    await page.close();
  }, 40_000);

  test('a 100,000-character title keeps the popup header under 400 px, the whole title on hover', async () => {
    const title = Array.from({ length: 12_500 }, (_, i) => `Engineer${i % 10}`).join(' ').slice(0, 100_000);
    const { page, tabId } = await open('/title/jobs/1', greenhousePage({ title }));
    await postingState(tabId);
    const popup = await openPopup(browser, tabId);
    const header = popup.locator('header.header');
    await header.waitFor();
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThan(400);
    const hover = await popup.getByTestId('posting-title').getAttribute('title');
    expect(hover!.startsWith('Engineer0 Engineer1')).toBe(true);
    await popup.close();
    await page.close();
  });

  test('clicking a skill in the popup leaves nothing on the page that tells which skill it was', async () => {
    const { page, tabId } = await open('/reveal/jobs/1', greenhousePage({}));
    await postingState(tabId);
    await waitFor(() => highlightSummary(page), (s) => s.ranges > 0);
    const before = (await highlightSummary(page)).names;
    // What a page script polling the registry sees during the flash.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const timer = setInterval(() => CSS.highlights.forEach((_h, name) => void (w.seen.includes(name) || w.seen.push(name))), 20);
      setTimeout(() => clearInterval(timer), 5000);
    });
    await expect(contentSay(tabId, { type: 'reveal-skill', skillId: 'pytorch' })).resolves.toEqual({ found: true });
    await new Promise((r) => setTimeout(r, 2000));
    await expect(contentSay(tabId, { type: 'reveal-skill', skillId: 'kubernetes' })).resolves.toEqual({ found: true });
    await new Promise((r) => setTimeout(r, 2000));
    // Afterwards: exactly the groups that were there before.
    expect((await highlightSummary(page)).names).toEqual(before);
    // Each flash had a name of its own, never seen before or again.
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const flashes = seen.filter((n) => !before.includes(n));
    expect(flashes).toHaveLength(2);
    await page.close();
  });
});

describe('stored data that used to lose or lock the list', () => {
  test('a list from a newer version in sync is unchanged after a skill is added in the options', async () => {
    const newer = [{ id: 'python', name: 'Python', since: '2027-01' }, { id: 'sql', name: 'SQL' }, { skill: 'rust', v3: true }];
    await serviceWorker(browser).evaluate(async (list) => {
      await chrome.storage.local.remove(['skills', 'skills$', 'quarantine']);
      await chrome.storage.sync.set({ skills: list, skills$: { v: 3 } });
    }, newer);
    const options = await browser.ctx.newPage();
    const errors: string[] = [];
    options.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(options.getByTestId('read-only').textContent()).resolves.toBe(
      'Your skill list was saved by a newer version of Role Lens; update to edit it.',
    );
    await options.getByTestId('my-skill-sql').waitFor();
    const input = options.getByTestId('skill-input');
    await input.fill('docker');
    await options.getByTestId('suggestion-docker').waitFor();
    await input.press('Enter');
    await expect(options.getByTestId('list-message').textContent()).resolves.toBe(
      'Your skill list was saved by a newer version of Role Lens; update to edit it.',
    );
    const stored = await serviceWorker(browser).evaluate(async () => ({
      sync: await chrome.storage.sync.get(['skills', 'skills$']),
      local: await chrome.storage.local.get(['skills', 'skills$']),
    }));
    expect(stored).toEqual({ sync: { skills: newer, skills$: { v: 3 } }, local: {} });
    expect(errors.filter((e) => /Version downgrade|Migration failed/.test(e))).toEqual([]);
    await options.close();
  });

  test('a huge damaged local list leaves the options page usable', async () => {
    // 400,000 entries a foreign tool wrote (about 8 MB): copying them aside would pass the 10 MB quota.
    await serviceWorker(browser).evaluate(async () => {
      await chrome.storage.sync.remove(['skills', 'skills$']);
      await chrome.storage.local.remove('quarantine');
      const bad = Array.from({ length: 400_000 }, (_, i) => ({ n: i, v: 'x' }));
      await chrome.storage.local.set({ skills: [{ id: 'python', name: 'Python' }, ...bad], skills$: { v: 2 } });
    });
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Generous waits: reading 8 MB of storage is slow on a loaded machine; what matters is that it ends.
    await options.getByTestId('my-skill-python').waitFor({ timeout: 60_000 });
    await expect(options.getByTestId('quarantine').textContent()).resolves.toMatch(/too large to set aside/);
    const input = options.getByTestId('skill-input');
    await input.fill('k8s');
    await options.getByTestId('suggestion-kubernetes').waitFor();
    await input.press('Enter');
    await options.getByTestId('my-skill-kubernetes').waitFor({ timeout: 60_000 });
    await options.reload();
    await options.getByTestId('my-skill-kubernetes').waitFor({ timeout: 60_000 });
    await options.close();
  }, 180_000);

  test('six names in six other scripts import as six skills', async () => {
    await setSkillList(browser, [{ id: 'python', name: 'Python' }]);
    const names = ['Машинное обучение', '機械学習', 'تعلم الآلة', 'Μηχανική μάθηση', '机器学习', 'Обработка данных'];
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('my-skill-python').waitFor();
    await options.getByTestId('import-file').setInputFiles({ name: 'skills.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(names)) });
    // The status line is a live region that is always in the page: wait for its words.
    await options.getByTestId('file-message').filter({ hasText: /Imported/ }).waitFor();
    await expect(options.getByTestId('file-message').textContent()).resolves.toMatch(/^Imported skills\.json: 6 new skills added \(Машинное обучение, 機械学習/);
    expect(await options.locator('[data-testid^="my-skill-custom:"]').count()).toBe(6);
    const stored = await serviceWorker(browser).evaluate(() => chrome.storage.sync.get('skills'));
    expect((stored['skills'] as Array<{ name: string }>).map((s) => s.name)).toEqual(['Python', ...names]);
    await options.close();
  });
});

test('no request left for any address but the test server', () => {
  expect(foreignRequests(browser, server)).toEqual([]);
  const paths = server.requests.map((r) => r.split(' ')[1]!.split('?')[0]);
  expect(paths.every((p) => /^\/(stress|deep|restless|title|reveal)\/jobs\/\d+$|^\/favicon\.ico$/.test(p!))).toBe(true);
});
