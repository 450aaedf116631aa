/**
 * Renders assets/icon.svg to the toolbar and store icons (public/icon/{16,32,48,128}.png) in
 * Debian's Chromium through playwright-core, already a dev dependency, so no renderer has to be
 * downloaded. The PNGs are committed; run `npm run icons` after editing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { smallerPng } from './png';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    // The same pixels in fewer bytes (scripts/png.ts): a PNG goes into the zip as it is.
    writeFileSync(join(root, `public/icon/${size}.png`), await smallerPng(png));
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
