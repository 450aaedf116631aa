import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roleSchema, type Role } from '../../src/core/schema';
import type { Engine } from '../../src/core/types';
import { titleToRole } from '../roles/title-to-role';

export interface LabelledPosting {
  id: string;
  title: string;
  description: string;
  label: string;
}

export interface RoleScores {
  labelled: number;
  unlabelled: number;
  withTitle: { top1: number; top3: number };
  textOnly: { top1: number; top3: number };
  /** label → predicted (text only) → count, for the mistakes. */
  confusion: Array<{ label: string; predicted: string; count: number; withTitle: boolean }>;
  perRole: Array<{ role: string; n: number; top1WithTitle: number; top1TextOnly: number }>;
}

/** Postings labelled by the role their real title names (scripts/roles/title-to-role.ts). */
export function readLabelledPostings(file: string): { labelled: LabelledPosting[]; unlabelled: number } {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; title: string; description: string });
  const labelled: LabelledPosting[] = [];
  let unlabelled = 0;
  for (const r of rows) {
    const label = titleToRole(r.title);
    if (label) labelled.push({ ...r, label });
    else unlabelled++;
  }
  return { labelled, unlabelled };
}

/**
 * Our own postings of a fixture folder (tests/fixtures/postings-analyst-architect): the file is
 * named `<role>--<what>.txt`, its first line is the title, the rest the description.
 */
export function readFixturePostings(dir: string): LabelledPosting[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title, ...body] = readFileSync(join(dir, f), 'utf8').split('\n');
      return { id: f.replace(/\.txt$/, ''), title: title!.trim(), description: body.join('\n'), label: f.split('--')[0]!.replace(/\.txt$/, '') };
    });
}

/**
 * The role profiles built from one half of the postings only (scripts/roles/build.ts --fit-half),
 * to rank the other half with: the held-out measure (holdout-roles.ts, tune-roles.ts --held-out).
 */
export function profilesFrom(half: 0 | 1, dataDir: string): Role[] {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const out = mkdtempSync(join(tmpdir(), 'role-lens-holdout-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/roles/build.ts'), '--data', dataDir, '--fit-half', String(half), '--out', out], { stdio: 'ignore' });
    const rolesDir = join(out, 'data', 'roles');
    return readdirSync(rolesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => roleSchema.parse(JSON.parse(readFileSync(join(rolesDir, f), 'utf8'))));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function scoreRoles(engine: Engine, labelled: readonly LabelledPosting[], unlabelled: number): RoleScores {
  const hits = { t1: 0, t3: 0, x1: 0, x3: 0 };
  const confusion = new Map<string, number>();
  const per = new Map<string, { n: number; t: number; x: number }>();
  for (const p of labelled) {
    const withTitle = engine.analyze({ text: p.description, title: p.title, source: 'eval' }, []).roles.map((r) => r.id);
    // Text only: no title given, and the engine must not guess one from the first line either.
    const textOnly = engine.analyze({ text: p.description, title: '', source: 'eval' }, []).roles.map((r) => r.id);
    const row = per.get(p.label) ?? { n: 0, t: 0, x: 0 };
    row.n++;
    if (withTitle[0] === p.label) {
      hits.t1++;
      row.t++;
    } else confusion.set(`T|${p.label}|${withTitle[0]}`, (confusion.get(`T|${p.label}|${withTitle[0]}`) ?? 0) + 1);
    if (withTitle.slice(0, 3).includes(p.label)) hits.t3++;
    if (textOnly[0] === p.label) {
      hits.x1++;
      row.x++;
    } else confusion.set(`X|${p.label}|${textOnly[0]}`, (confusion.get(`X|${p.label}|${textOnly[0]}`) ?? 0) + 1);
    if (textOnly.slice(0, 3).includes(p.label)) hits.x3++;
    per.set(p.label, row);
  }
  const n = labelled.length || 1;
  return {
    labelled: labelled.length,
    unlabelled,
    withTitle: { top1: hits.t1 / n, top3: hits.t3 / n },
    textOnly: { top1: hits.x1 / n, top3: hits.x3 / n },
    confusion: [...confusion.entries()]
      .map(([k, count]) => {
        const [mode, label, predicted] = k.split('|') as [string, string, string];
        return { label, predicted, count, withTitle: mode === 'T' };
      })
      .sort((a, b) => b.count - a.count),
    perRole: [...per.entries()]
      .map(([role, r]) => ({ role, n: r.n, top1WithTitle: r.t / r.n, top1TextOnly: r.x / r.n }))
      .sort((a, b) => b.n - a.n),
  };
}
