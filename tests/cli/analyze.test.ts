import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../core/helpers';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/analyze.ts');

async function analyze(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run(TSX, [SCRIPT, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (stdin !== undefined) {
    child.child.stdin!.end(stdin);
  } else {
    child.child.stdin!.end();
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Result {
  id: string;
  isJobPosting: boolean;
  title: string | null;
  skills: Array<{ id: string; name: string; importance: string; years: number | null; mentions: Array<{ start: number; end: number; text: string }> }>;
  roles: Array<{ id: string; title: string; score: number; reasons: string[] }>;
  gap: { missingRequired: unknown[]; missingPreferred: unknown[]; matched: Array<{ id: string }>; related: unknown[] };
  seniority: string | null;
  minYears: number | null;
  degree: string | null;
  error?: string;
}

describe('npm run analyze', { timeout: 60_000 }, () => {
  test('without arguments: a readable report of the bundled sample with the sample skills', async () => {
    const { code, stdout } = await analyze([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Staff Machine Learning Engineer/);
    expect(stdout).toMatch(/1\. Lead Machine Learning Engineer/);
    expect(stdout).toMatch(/Missing, required \(\d+\): /);
    expect(stdout).toMatch(/You have \(\d+\): .*Python/s);
  });

  test('--json: one object a file with the contract fields, offsets into the text', async () => {
    const file = join(ROOT, 'data/samples/ai-scientist.md');
    const { code, stdout } = await analyze(['--json', '--skills', 'Python, PyTorch (primary), k8s', file]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout.trim()) as Result;
    expect(r.id).toBe('ai-scientist.md');
    expect(r.isJobPosting).toBe(true);
    expect(r.degree).toBe('phd');
    expect(r.roles[0]!.id).toBe('ai-scientist');
    expect(r.gap.matched.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'pytorch']));
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    for (const s of r.skills) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('an HTML page is read with the page detector', async () => {
    const { code, stdout } = await analyze(['--json', join(ROOT, 'tests/fixtures/pages/greenhouse-job-boards.html'), join(ROOT, 'tests/fixtures/pages/blog-skills.html')]);
    expect(code).toBe(0);
    const [posting, blog] = stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
    expect(posting!.isJobPosting).toBe(true);
    expect(posting!.skills.length).toBeGreaterThan(3);
    expect(blog!.isJobPosting).toBe(false);
  });

  test('--jsonl: one line per input in order, an error line for a bad record, the rest go on', async () => {
    const lines = [
      JSON.stringify({ id: 'p1', text: 'Senior Data Engineer\nRequirements:\n- 5+ years of experience with Python, SQL and Airflow\n- Experience with Snowflake' }),
      '{not json',
      JSON.stringify({ id: 'p2', title: 'Research Scientist', text: 'Requirements\n- PhD in Computer Science\n- Publications at NeurIPS or ICML\n- PyTorch and JAX' }),
      JSON.stringify({ id: 'p3' }),
    ];
    const { stdout, stderr } = await analyze(['--jsonl'], lines.join('\n') + '\n');
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
    expect(out.map((r) => r.id)).toEqual(['p1', null, 'p2', 'p3']);
    expect(out[0]!.minYears).toBe(5);
    expect(out[1]!.error).toMatch(/line 2/);
    expect(out[2]!.degree).toBe('phd');
    expect(out[3]!.error).toMatch(/"text" or "html"/);
    expect(stderr).toMatch(/line 2/);
  });

  test('a missing file: a clear message and a non-zero exit, other files still analysed', async () => {
    const { code, stdout, stderr } = await analyze(['--json', 'no-such-posting.txt', join(ROOT, 'data/samples/data-engineer.txt')]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/no-such-posting\.txt: no such file/);
    expect((JSON.parse(stdout.trim()) as Result).id).toBe('data-engineer.txt');
  });

  test('an empty or broken page is reported as not a posting, not a crash', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'fragment.html'), '<div><p>Unclosed <b>tags');
    const { code, stdout } = await analyze(['--json', join(dir, 'empty.html'), join(dir, 'fragment.html')]);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
    expect(out.map((r) => [r.id, r.isJobPosting])).toEqual([
      ['empty.html', false],
      ['fragment.html', false],
    ]);
  });

  test('--jsonl handles 2,000 postings in one process', async () => {
    const text = 'Machine Learning Engineer\nRequirements\n- 3+ years with Python and PyTorch\n- Kubernetes and AWS';
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `n${i}`, text })).join('\n');
    const { code, stdout } = await analyze(['--jsonl'], input);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n');
    expect(out).toHaveLength(2000);
    expect((JSON.parse(out[1999]!) as Result).id).toBe('n1999');
  });
});
