/**
 * First run and daily use, in Chromium with the built extension: the icon, the welcome page on
 * install, a posting seen with an empty list, the verdict, autocomplete, keyboard use, layout at
 * 320 and 800 px, and zero axe-core violations on every page of the extension.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { badgeColor, badgeText, openPopup, serviceWorker, setSkillList, startExtension, tabIdOf, waitFor, type Browser, type FixtureServer } from './harness';

// Callbacks given to `worker.evaluate` run in the extension's service worker, where `chrome` is
// the extension API. Type-only: nothing is emitted.
declare const chrome: typeof import('@wxt-dev/browser').browser;

let server: FixtureServer;
let browser: Browser;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => ({ server, browser, close } = await startExtension()));
afterAll(() => close?.());

const LINKEDIN_POSTING = '/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678';
const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser, page) };
}

/** Nothing wider than the window: no horizontal scrolling, nothing clipped at the right. */
async function overflowsAt(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 700 });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('installed', () => {
  test('the welcome page opens on install', async () => {
    const welcome = await waitFor(
      async () => browser.ctx.pages().find((p) => p.url().endsWith('/welcome.html')) ?? null,
      (p) => p !== null,
    );
    await welcome!.getByRole('heading', { level: 1, name: 'Welcome to Role Lens' }).waitFor();
    await welcome!.close();
  });

  test('the manifest carries our icons, and they load', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(extensionPage('manifest.json'));
    const manifest = JSON.parse((await page.textContent('body')) ?? '{}') as { icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    for (const [size, path] of Object.entries(manifest.icons)) {
      await page.goto(extensionPage(path));
      const natural = await page.evaluate(() => (document.querySelector('img') as HTMLImageElement).naturalWidth);
      expect(natural).toBe(Number(size));
    }
    await page.close();
  });
});

describe('a posting with an empty skill list', () => {
  test('is marked as found with a grey badge, not a red 0 %', async () => {
    await setSkillList(browser, []);
    const { page, tabId } = await openTab(server.url('www.linkedin.com', LINKEDIN_POSTING));
    expect(await waitFor(() => badgeText(browser, tabId), (t) => t !== '')).toBe('job');
    expect(await badgeColor(browser, tabId)).toEqual([0x5f, 0x63, 0x68, 255]);

    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('start-welcome').waitFor();
    expect(await popup.getByTestId('verdict').textContent()).toContain('Add your skills to see your match');
    expect(await popup.getByTestId('match-score').count()).toBe(0);
    expect(await popup.locator('.chip--missing-required').count()).toBe(0);
    expect(await popup.locator('.chip--asked').count()).toBeGreaterThan(3);
    expect(await axeViolations(popup)).toEqual([]);

    const opened = browser.ctx.waitForEvent('page');
    await popup.getByTestId('start-welcome').click();
    const welcome = await opened;
    await welcome.waitForURL(/\/welcome\.html$/);
    await welcome.close();
    await popup.close();
    await page.close();
  });
});

describe('the welcome page', () => {
  let welcome: Page;
  beforeAll(async () => {
    await setSkillList(browser, []);
    welcome = await browser.ctx.newPage();
    await welcome.goto(extensionPage('welcome.html'));
    await welcome.getByTestId('welcome-count').filter({ hasText: 'Your list is empty.' }).waitFor();
  });
  afterAll(async () => {
    await welcome.close();
  });

  test('a pasted résumé: strong evidence ticked, weak listed unticked with its words; select none and all', async () => {
    await welcome.getByTestId('resume-text').fill(readFileSync('tests/fixtures/resumes/ml-engineer.txt', 'utf8'));
    await welcome.getByTestId('find-skills').click();
    await welcome.getByTestId('found-skills').waitFor();
    expect(await welcome.getByTestId('found-pytorch').isChecked()).toBe(true);
    expect(await welcome.getByTestId('found-github').isChecked()).toBe(false);
    expect(await welcome.getByTestId('found-words-github').textContent()).toBe('from “github”');
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.getByTestId('found-none').click();
    expect(await welcome.getByTestId('add-found').isDisabled()).toBe(true);
    await welcome.getByTestId('found-all').click();
    expect(await welcome.getByTestId('found-github').isChecked()).toBe(true);
    await welcome.getByTestId('found-none').click();
    await welcome.getByTestId('found-pytorch').check();
    await welcome.getByTestId('found-kubernetes').check();
    await welcome.getByTestId('add-found').click();
    await welcome.getByTestId('welcome-count').filter({ hasText: 'Your list has 2 skills' }).waitFor();
    expect(await welcome.getByTestId('welcome-message').textContent()).toBe('Added 2 skills from your résumé.');
  });

  test('LinkedIn’s Skills.csv imports', async () => {
    const csv = '\uFEFFName\r\nPython (Programming Language)\r\n"Machine Learning"\r\nSQL\r\n';
    await welcome.getByTestId('welcome-import').setInputFiles({ name: 'Skills.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await welcome.getByTestId('welcome-message').filter({ hasText: 'Imported Skills.csv: 3 new skills added' }).waitFor();
  });

  test('a role’s core skills are offered unticked; ticked ones are added', async () => {
    await welcome.getByTestId('starter-role').selectOption('data-engineer');
    await welcome.getByTestId('starter-picks').waitFor();
    expect(await welcome.locator('[data-testid="starter-picks"] input[type="checkbox"]').count()).toBeGreaterThan(3);
    // The ones not already in the list (Python and SQL are, from the CSV) start unticked.
    const boxes = welcome.locator('[data-testid="starter-picks"] input[type="checkbox"]:not(:disabled)');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await boxes.first().check();
    await welcome.getByTestId('starter-add').click();
    await welcome.getByTestId('welcome-message').filter({ hasText: 'Added 1 skill.' }).waitFor();
    expect(await axeViolations(welcome)).toEqual([]);
  });
});

describe('options', () => {
  test('"py" offers Python and PyTorch first; keyboard alone adds one; no axe violations; fits 320 px', async () => {
    await setSkillList(browser, []);
    const options = await browser.ctx.newPage();
    await options.goto(extensionPage('options.html'));
    const input = options.getByTestId('skill-input');
    await input.fill('py');
    await options.getByTestId('suggestion-python').waitFor();
    const top3 = await options.locator('#skill-suggestions [role="option"]').evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-testid')));
    expect(top3).toEqual(expect.arrayContaining(['suggestion-python', 'suggestion-pytorch']));
    expect(await axeViolations(options)).toEqual([]);
    // Keyboard: the second option (aria-activedescendant follows), Enter adds it.
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await options.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    await options.getByTestId('skill-list').waitFor();
    for (const [q, id] of [['k8s', 'kubernetes'], ['git', 'git'], ['sql', 'sql']] as const) {
      await input.fill(q);
      expect(await options.locator('#skill-suggestions [role="option"]').first().getAttribute('data-testid')).toBe(`suggestion-${id}`);
    }
    await input.fill('k8s');
    expect((await options.getByTestId('suggestion-kubernetes').locator('.suggestion__alias').textContent())?.toLowerCase()).toBe('k8s');
    await input.press('Escape');
    expect(await axeViolations(options)).toEqual([]);
    expect(await overflowsAt(options, 320)).toBeLessThanOrEqual(0);
    await options.close();
  });
});

describe('the popup', () => {
  test('on a posting: the verdict first, chips one Tab stop each, no axe violations, fits 320 and 800 px', async () => {
    await setSkillList(browser, [
      { id: 'python', name: 'Python' },
      { id: 'sql', name: 'SQL' },
      { id: 'docker', name: 'Docker' },
    ]);
    const { page, tabId } = await openTab(server.url('www.linkedin.com', LINKEDIN_POSTING));
    await waitFor(() => badgeText(browser, tabId), (t) => /%$/.test(t));
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('verdict-line').waitFor();
    expect(await popup.getByTestId('verdict-line').textContent()).toMatch(/^You have \d+ of \d+ required skills$/);
    expect(await popup.getByTestId('match-score').getAttribute('title')).toMatch(/share of the skills this posting asks for/);
    expect(await axeViolations(popup)).toEqual([]);

    // One Tab stop per chip: Tab from the first chip lands on the second chip, → reaches "I have this".
    const chips = popup.locator('[data-testid="missing-required"] .chip');
    const first = chips.nth(0).locator('.chip__name');
    await first.focus();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('.chip')?.getAttribute('data-testid'))).toBe(await chips.nth(1).getAttribute('data-testid'));
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('chip__add');
    // Focus is visible.
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

    for (const width of [320, 800]) {
      expect(await overflowsAt(popup, width)).toBeLessThanOrEqual(0);
      const box = await popup.getByTestId('match-score').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    }
    await popup.close();
    await page.close();
  });

  test('not a posting, and a page without access: plain words, no axe violations', async () => {
    const about = await openTab(server.url('www.indeed.com', '/about'));
    const notPosting = await openPopup(browser, about.tabId);
    await notPosting.getByTestId('popup-not-posting').waitFor();
    const reason = (await notPosting.getByTestId('not-posting-reason').textContent()) ?? '';
    expect(reason).not.toMatch(/evidence|\(\+|list of postings/);
    expect(await axeViolations(notPosting)).toEqual([]);
    await notPosting.close();
    await about.page.close();

    // An ordinary site without host access: the popup says how to grant it, not "the browser's own pages".
    // Without host access the browser hides the tab's URL: the new tab is the one not there before.
    const before = await serviceWorker(browser).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const otherPage = await browser.ctx.newPage();
    await otherPage.goto(server.url('blog.example.org', '/post'));
    const otherId = await serviceWorker(browser).evaluate(async (known: Array<number | undefined>) => (await chrome.tabs.query({})).find((t) => !known.includes(t.id))?.id ?? -1, before);
    const other = { page: otherPage, tabId: otherId };
    const noAccess = await openPopup(browser, other.tabId);
    await noAccess.getByTestId('popup-inaccessible').waitFor();
    const why = (await noAccess.getByTestId('inaccessible-reason').textContent()) ?? '';
    expect(why).toContain('click the Role Lens icon');
    expect(why).not.toContain('browser’s own pages');
    expect(await axeViolations(noAccess)).toEqual([]);
    await noAccess.close();
    await other.page.close();
  });

  test('the history and compare pages: no axe violations, fit 320 px', async () => {
    // The postings opened above are in the history by now.
    const history = await browser.ctx.newPage();
    await history.goto(extensionPage('postings.html'));
    await history.getByTestId('history-row').first().waitFor();
    expect(await axeViolations(history)).toEqual([]);
    expect(await overflowsAt(history, 320)).toBeLessThanOrEqual(0);
    await history.goto(extensionPage('compare.html?roles=lead-ml-engineer,ai-scientist'));
    await history.getByTestId('compare-role-title').first().waitFor();
    expect(await axeViolations(history)).toEqual([]);
    await history.close();
  });
});
