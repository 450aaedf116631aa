/**
 * Role ranking on another job site's postings the role build never reads: SkillSpan's Stack
 * Overflow postings (2021, MIT licence, read from ../shared/data, never copied into the repo)
 * whose title maps to a role (scripts/roles/title-to-role.ts) that has OTHER_SITE_BELOW or more
 * ML postings. The build takes the other site's postings only for the roles the ML postings
 * barely cover, so these (software engineers, front-end developers, data engineers…) are unseen:
 * the honest figure for the non-ML jobs. The ones the build does read are ranked too, apart.
 *
 * The postings are split in two by id parity (postingHalf, as the held-out build splits the ML
 * postings): half 0 is the one looked at while tuning the software roles, half 1 is reported
 * without being read.
 *
 *   npx tsx scripts/eval/other-site-roles.ts [--data DIR] [--roles DIR]   (part of npm run eval)
 *   npx tsx scripts/eval/other-site-roles.ts --held-out   every labelled SkillSpan posting, ranked
 *       with profiles built from the other half only (scripts/roles/build.ts --fit-half), so the
 *       postings the build reads (full-stack, mobile, DevOps…) are measured out of sample too
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { createEngine } from '../../src/core/engine';
import { roleSchema } from '../../src/core/schema';
import type { Engine } from '../../src/core/types';
import { OTHER_SITE_BELOW, postingHalf, readPostings, readSkillSpanPostings } from '../roles/evidence';
import { titleToRole } from '../roles/title-to-role';
import { profilesFrom, scoreRoles, type LabelledPosting, type RoleScores } from './roles';

export interface OtherSitePostings {
  /** Postings of roles with OTHER_SITE_BELOW or more ML postings: the build never reads them. */
  unseen: LabelledPosting[];
  /** Postings the build counts as evidence for the roles the ML postings barely cover. */
  read: LabelledPosting[];
}

/** The SkillSpan postings whose title names a role, parted by whether the role build reads them. */
export function readOtherSitePostings(dataDir: string): OtherSitePostings {
  const mlCount = new Map<string, number>();
  for (const p of readPostings(dataDir)) {
    const role = titleToRole(p.title);
    if (role) mlCount.set(role, (mlCount.get(role) ?? 0) + 1);
  }
  const out: OtherSitePostings = { unseen: [], read: [] };
  for (const p of readSkillSpanPostings(dataDir)) {
    const label = titleToRole(p.title);
    if (!label) continue;
    const posting = { id: p.id, title: p.title, description: p.description, label };
    ((mlCount.get(label) ?? 0) >= OTHER_SITE_BELOW ? out.unseen : out.read).push(posting);
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function line(name: string, r: RoleScores, n: number): string {
  return `  ${name.padEnd(38)} ${String(n).padStart(3)} postings  with title top-1 ${pct(r.withTitle.top1)} top-3 ${pct(r.withTitle.top3)}   text only top-1 ${pct(r.textOnly.top1)} top-3 ${pct(r.textOnly.top3)}`;
}

/** Prints the figures for both halves and every posting ranked wrong from the description alone. */
export function printOtherSiteRoles(engine: Engine, dataDir: string): void {
  const { unseen, read } = readOtherSitePostings(dataDir);
  console.log(`== Role ranking on Stack Overflow postings the role build never reads (SkillSpan, ${unseen.length} postings, labels from their titles) ==`);
  const halves = [0, 1].map((h) => unseen.filter((p) => postingHalf(p.id) === h));
  console.log(line('all unseen', scoreRoles(engine, unseen, 0), unseen.length));
  halves.forEach((half, h) => console.log(line(`half ${h}${h === 0 ? ' (looked at when tuning)' : ' (not looked at)'}`, scoreRoles(engine, half, 0), half.length)));
  console.log(line('read by the build (in-sample)', scoreRoles(engine, read, 0), read.length));
  console.log('  ranked wrong (label → first three from the description alone; * also wrong with the title):');
  for (const p of unseen) {
    const withTitle = engine.analyze({ text: p.description, title: p.title, source: 'eval' }, []).roles;
    const textOnly = engine.analyze({ text: p.description, title: '', source: 'eval' }, []).roles;
    if (textOnly[0]?.id === p.label && withTitle[0]?.id === p.label) continue;
    const mark = withTitle[0]?.id === p.label ? ' ' : '*';
    const top = textOnly[0]?.id === p.label ? '(right from the text)' : textOnly.slice(0, 3).map((r) => `${r.id} ${r.score.toFixed(3)}`).join(', ');
    console.log(`   ${mark} h${postingHalf(p.id)} ${p.id.padEnd(24)} ${p.label} → ${top}${mark === '*' ? ` [with title: ${withTitle[0]?.id}]` : ''}  "${p.title}"`);
  }
  console.log();
}

/** Each half ranked with profiles built from the other half: the out-of-sample figure for every labelled SkillSpan posting. */
export function printOtherSiteHeldOut(dataDir: string): void {
  const { unseen, read } = readOtherSitePostings(dataDir);
  console.log('== Stack Overflow postings ranked with profiles built from the other half only ==');
  for (const fit of [0, 1] as const) {
    const engine = createEngine(BUNDLED_TAXONOMY, profilesFrom(fit, dataDir));
    const other = (list: readonly LabelledPosting[]) => list.filter((p) => postingHalf(p.id) !== fit);
    console.log(`  profiles from half ${fit}:`);
    console.log(`  ${line(`half ${1 - fit}, every labelled posting`, scoreRoles(engine, other([...unseen, ...read]), 0), other([...unseen, ...read]).length)}`);
    console.log(`  ${line(`half ${1 - fit}, roles the build never reads`, scoreRoles(engine, other(unseen), 0), other(unseen).length)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const dataDir = resolve(arg('--data') ?? join(root, '../shared/data'));
  if (process.argv.includes('--held-out')) {
    printOtherSiteHeldOut(dataDir);
    process.exit(0);
  }
  // --roles DIR: rank with the profiles of another build (scripts/roles/build.ts --out DIR).
  const rolesDir = arg('--roles');
  const engine = rolesDir
    ? createEngine(
        BUNDLED_TAXONOMY,
        readdirSync(join(rolesDir, 'data/roles'))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => roleSchema.parse(JSON.parse(readFileSync(join(rolesDir, 'data/roles', f), 'utf8')))),
      )
    : getBundledEngine();
  printOtherSiteRoles(engine, dataDir);
}
