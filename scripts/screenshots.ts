/**
 * Screenshots for the README, taken from the built extension in Chromium on the browser tests'
 * fixture pages: docs/page-highlights.png, docs/popup.png, docs/options.png, docs/welcome.png,
 * docs/popup-empty-list.png (a posting before the list has skills), docs/history.png (after
 * visiting the fixture postings) and docs/compare.png (the popup's "Compare the closest roles").
 *
 *   npm run build:chrome && npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlightSummary, launch, openPopup, pointInWord, setSkillList, startServer, tabIdOf, waitFor } from '../tests/e2e/harness';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');

async function main() {
  mkdirSync(docs, { recursive: true });
  const server = await startServer();
  const browser = await launch();
  try {
    // First run: the welcome page, and a posting seen before the list has any skill.
    await setSkillList(browser, []);
    const welcome = browser.ctx.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await browser.ctx.newPage());
    await welcome.setViewportSize({ width: 900, height: 900 });
    await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await welcome.getByTestId('starter-role').selectOption('ml-engineer');
    await welcome.getByTestId('starter-picks').waitFor();
    await welcome.waitForTimeout(300);
    await welcome.screenshot({ path: join(docs, 'welcome.png'), fullPage: true });
    const first = await browser.ctx.newPage();
    await first.goto(server.url('www.linkedin.com', '/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678'));
    await waitFor(() => highlightSummary(first), (s) => s.ranges > 5);
    const empty = await openPopup(browser, await tabIdOf(browser, first));
    await empty.getByTestId('start-welcome').waitFor();
    await empty.waitForTimeout(300);
    await empty.screenshot({ path: join(docs, 'popup-empty-list.png'), fullPage: true });
    await empty.close();
    await first.close();

    await setSkillList(browser, [
      { id: 'python', name: 'Python' },
      { id: 'sql', name: 'SQL' },
      { id: 'docker', name: 'Docker' },
      { id: 'aws', name: 'AWS' },
      { id: 'deep-learning', name: 'Deep learning' },
      { id: 'kubernetes', name: 'Kubernetes', level: 'learning' },
    ]);

    const page = await browser.ctx.newPage();
    await page.setViewportSize({ width: 1100, height: 820 });
    await page.goto(server.url('www.linkedin.com', '/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678'));
    await waitFor(() => highlightSummary(page), (s) => s.ranges > 5);
    // Scroll the requirements into view and hover a missing skill to show the label.
    const point = await pointInWord(page, 'Strong experience with PyTorch', 'PyTorch', true);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(docs, 'page-highlights.png') });

    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    await popup.getByTestId('verdict-line').waitFor();
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: join(docs, 'popup.png'), fullPage: true });

    const options = await browser.ctx.newPage();
    await options.setViewportSize({ width: 900, height: 760 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('skill-list').waitFor();
    await options.waitForTimeout(300);
    await options.screenshot({ path: join(docs, 'options.png'), fullPage: true });
    const compareHref = await popup.getByTestId('compare-roles').getAttribute('href');

    // More postings for the history: the Greenhouse posting and the two LinkedIn search panes.
    for (const [host, path] of [
      ['job-boards.greenhouse.io', '/fabrikam/jobs/4001'],
      ['www.linkedin.com', '/jobs/search/?keywords=data&currentJobId=111'],
    ] as const) {
      const other = await browser.ctx.newPage();
      await other.goto(server.url(host, path));
      await waitFor(() => highlightSummary(other), (s) => s.ranges > 3);
      if (path.includes('currentJobId')) {
        await other.evaluate(() => (window as unknown as { openJob(id: string): void }).openJob('222'));
        await waitFor(() => highlightSummary(other), (s) => s.texts.includes('XGBoost'));
      }
    }
    const history = await browser.ctx.newPage();
    await history.setViewportSize({ width: 1150, height: 900 });
    await history.goto(`chrome-extension://${browser.extensionId}/postings.html`);
    await waitFor(() => history.getByTestId('history-row').count(), (n) => n >= 4);
    await history.waitForTimeout(500);
    await history.screenshot({ path: join(docs, 'history.png'), fullPage: true });

    const compare = await browser.ctx.newPage();
    await compare.setViewportSize({ width: 1150, height: 900 });
    await compare.goto(`chrome-extension://${browser.extensionId}/${compareHref ?? 'compare.html?roles=lead-ml-engineer,ai-scientist'}`);
    await compare.getByTestId('compare-role-title').first().waitFor();
    await compare.waitForTimeout(300);
    await compare.screenshot({ path: join(docs, 'compare.png'), fullPage: true });
    const saved = ['page-highlights.png', 'popup.png', 'options.png', 'welcome.png', 'popup-empty-list.png', 'history.png', 'compare.png'];
    console.log(`saved ${saved.map((f) => join('docs', f)).join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
