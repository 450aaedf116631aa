/**
 * The built Firefox extension (.output/firefox-mv2) in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi: the content script runs on a job site, detects the
 * posting and highlights its skills, and stays silent towards the page. Job-site names resolve
 * to 127.0.0.1 through Firefox's `network.dns.localDomains`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, startServer, waitFor, type FixtureServer } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_EXTENSION = process.env.FIREFOX_EXTENSION_DIR ?? resolve(EXTENSION_DIR, '../firefox-mv2');

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  if (!existsSync(resolve(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`No built extension in ${FIREFOX_EXTENSION}: run \`npm run build\``);
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The fixture server's throwaway self-signed certificate (tests/e2e/harness.ts).
    acceptInsecureCerts: true,
    extraPrefsFirefox: { 'network.dns.localDomains': 'www.linkedin.com,job-boards.greenhouse.io,www.indeed.com' },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page's highlight registry holds (read in the page, as a page script could). */
function highlights(page: Page): Promise<{ ranges: number; texts: string[] }> {
  return page.evaluate(() => {
    let ranges = 0;
    const texts: string[] = [];
    CSS.highlights.forEach((h) => {
      ranges += h.size;
      h.forEach((r) => void texts.push((r as Range).toString()));
    });
    return { ranges, texts };
  });
}

describe('Firefox ESR', () => {
  test('a Greenhouse posting is detected and its skills highlighted; the page hears nothing', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      window.addEventListener('message', (e) => void w.seen.push(e.data));
    });
    await page.goto(server.url('job-boards.greenhouse.io', '/fabrikam/jobs/4001'));
    const found = await waitFor(() => highlights(page), (s) => s.ranges > 5, 20_000);
    // The job's own title ("Lead Machine Learning Engineer") names the role, not an ask: not marked.
    expect(found.texts).toEqual(expect.arrayContaining(['PyTorch', 'large language models']));
    expect(found.texts).not.toContain('Machine Learning');
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    await page.close();
  });

  test('a LinkedIn posting is highlighted; a page that is not a posting is not', async () => {
    const posting = await browser.newPage();
    await posting.goto(server.url('www.linkedin.com', '/jobs/view/senior-machine-learning-engineer-at-acme-robotics-4012345678'));
    const found = await waitFor(() => highlights(posting), (s) => s.ranges > 5, 20_000);
    expect(found.texts).toEqual(expect.arrayContaining(['PyTorch', 'Kubernetes']));
    await posting.close();

    const about = await browser.newPage();
    await about.goto(server.url('www.indeed.com', '/about'));
    // Give the content script the time it takes on the posting above, then check nothing is marked.
    await new Promise((r) => setTimeout(r, 2000));
    expect((await highlights(about)).ranges).toBe(0);
    await about.close();
  });
});
