/**
 * Builds data/roles/<id>.json (one file a role) and src/core/bundled-roles.ts.
 *
 *   npm run build:roles [-- --data ../shared/data] [--skills data/skills.json]
 *   npx tsx scripts/roles/build.ts --fit-half 0 --out /tmp/x   (profiles from the even-numbered
 *       postings only: ranking the odd ones with them is the held-out figure; the committed
 *       profiles are built from all postings, so `npm run eval` ranks postings they were built from)
 *
 * Inputs: curated seeds (scripts/roles/seeds.ts), the taxonomy (data/skills.json), O*NET 29.2
 * (taxonomy/onet_29.2 under --data), ESCO occupations (taxonomy/esco) and real postings (job_postings/ml_jobs_us_2024_2025.dev.jsonl
 * under --data). Output is deterministic: same inputs, same bytes.
 *
 * Weight of skill s in role R (scripts/roles/weights.ts):
 *   n        = postings whose title maps to R (scripts/roles/title-to-role.ts)
 *   k        = those of them mentioning s (src/core/matcher.ts over title + description)
 *   onet     = max over R's O*NET-SOC codes (but those seeds.ts takes the titles of only) of the example naming s:
 *              0.2 listed + 0.8 if In Demand (0 if not listed). In Demand is O*NET's mark for a
 *              technology the occupation's own job postings often ask for; a merely listed one
 *              (Django and Hibernate for Business Intelligence Analysts) says little, and Hot
 *              Technology is demand across all occupations, so neither may outweigh it
 *   seed     = 0.6 if the curated source names s as required (keySkills), 0.35 for other seed
 *              skills and tools, 0 otherwise
 *   family   = for a role with few postings of its own that names a family role in seeds.ts
 *              (lead-ml-engineer, ai-scientist, mlops/ai/research/nlp/cv engineers ← ml-engineer):
 *              the share of the family role's postings mentioning s, else 0
 *   seed'    = seed, or 0.3 · seed for a role with a family role and n ≥ 3 (seedScaleOf)
 *   prior    = max(0.45 · onet, 0.3 · family, seed')
 *   w        = max( (k + 8 · prior) / (n + 8),  seed' / 2 )
 *              i.e. the posting share smoothed toward the prior with the prior worth 8 postings
 *              (with no postings w = prior; with hundreds, w ≈ k / n), never below half the seed
 *              prior so a curated skill stays visible.
 *   tier     = core if w ≥ 0.5, common if w ≥ 0.25, else nice.
 * Every seed skill is kept; other skills are kept by weight (≥ 0.1) up to 60 skills in all, and
 * to at least 25 when the evidence has that many. Skills are sorted by weight, then id.
 * Skills of category 'domain' (industries, degree fields) are not taken from postings or O*NET.
 * Postings: the ML postings, and for a role with fewer than OTHER_SITE_BELOW of them, the SkillSpan
 * postings of Stack Overflow's job board whose first line (the title) maps to it (web, mobile,
 * DevOps, SRE, security, QA, cloud jobs; scripts/roles/evidence.ts readSkillSpanPostings).
 * Title aliases: the curated ones, then the O*NET alternate / reported titles of R's codes and the
 * ESCO labels of R's ESCO occupations (taxonomy/esco/occupations_ict_data_subset.csv) that the
 * title mapper assigns to R. They are also the names role-names.ts finds in a posting's text.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher } from '../../src/core/matcher';
import { roleSchema, taxonomySchema, type Role, type Taxonomy } from '../../src/core/schema';
import { ESCO_OCCUPATIONS_FILE, OTHER_SITE_BELOW, POSTINGS_FILE, postingHalf, readEscoOccupations, readOnet, readPostings, readSkillSpanPostings, type EscoOccupation, type JobPosting, type OnetData } from './evidence';
import { createResolver, resolveAll, type SkillResolver } from './resolve';
import { NOT_IN_TAXONOMY, ROLE_SEEDS, type RoleSeed } from './seeds';
import { titleToRole } from './title-to-role';
import { combine, FAMILY_SCALE, KEY_SEED_PRIOR, onetSignal, SEED_PRIOR, seedScaleOf, type SkillEvidence } from './weights';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Args {
  /** Skip unresolved seed names with a warning instead of failing (provisional builds only). */
  allowMissing: boolean;
  /** Build from one half of the postings only (postingHalf), to measure the profiles on the other. */
  fitHalf: 0 | 1 | null;
  data: string;
  skills: string;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    allowMissing: false,
    fitHalf: null,
    data: resolve(ROOT, '..', 'shared', 'data'),
    skills: join(ROOT, 'data', 'skills.json'),
    out: ROOT,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--allow-missing') {
      args.allowMissing = true;
    } else if (a === '--fit-half' && (v === '0' || v === '1')) {
      args.fitHalf = v === '0' ? 0 : 1;
      i++;
    } else if ((a === '--data' || a === '--skills' || a === '--out') && v !== undefined) {
      args[a.slice(2) as 'data' | 'skills' | 'out'] = resolve(v);
      i++;
    } else {
      throw new Error(`unknown argument ${String(a)} (use --data DIR, --skills FILE, --out DIR, --allow-missing, --fit-half 0|1)`);
    }
  }
  return args;
}

function loadTaxonomy(path: string): Taxonomy {
  if (!existsSync(path)) throw new Error(`taxonomy not found: ${path}`);
  return taxonomySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** O*NET example → skill id: its exact name/alias, else the last skill the matcher finds in it ("Oracle Java" → java). */
function onetSkillId(example: string, resolver: SkillResolver, findMentions: (t: string) => Array<{ skillId: string; span: { end: number } }>): string | undefined {
  const direct = resolver.resolve(example);
  if (direct) return direct;
  const mentions = findMentions(example);
  let best: { skillId: string; span: { end: number } } | undefined;
  for (const m of mentions) if (!best || m.span.end >= best.span.end) best = m;
  return best?.skillId;
}

/** "AI Engineer (Artificial Intelligence Engineer)" → both titles. */
function titleVariants(title: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  if (!m || !m[1] || !m[2]) return [title];
  return [m[1], m[2]];
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

interface Built {
  role: Role;
  postings: number;
  onetCodes: string[];
  onetResolved: number;
}

function buildRole(
  seed: RoleSeed,
  ctx: {
    taxonomy: Taxonomy;
    resolver: SkillResolver;
    onet: OnetData;
    onetIds: Map<string, string | undefined>;
    esco: readonly EscoOccupation[];
    postings: ReadonlyArray<JobPosting & { role: string | null; skills: ReadonlySet<string> }>;
    allowMissing: boolean;
  },
): { built?: Built; missing: string[] } {
  const domain = new Set(ctx.taxonomy.skills.filter((s) => s.category === 'domain').map((s) => s.id));
  // seeds
  const key = resolveAll(ctx.resolver, seed.keySkills);
  const other = resolveAll(ctx.resolver, [...seed.skills, ...(seed.tools ?? [])]);
  const missing = [...new Set([...key.missing, ...other.missing])].filter((m) => !NOT_IN_TAXONOMY.includes(m));
  if (missing.length > 0 && !ctx.allowMissing) return { missing };
  const evidence = new Map<string, SkillEvidence>();
  const get = (id: string): SkillEvidence => {
    let e = evidence.get(id);
    if (!e) {
      e = { id, seedPrior: 0, onet: 0, postings: 0, family: 0 };
      evidence.set(id, e);
    }
    return e;
  };
  for (const id of other.ids) get(id).seedPrior = SEED_PRIOR;
  for (const id of key.ids) get(id).seedPrior = KEY_SEED_PRIOR;
  // O*NET
  let onetResolved = 0;
  for (const t of ctx.onet.technology) {
    if (!seed.onet.includes(t.code) || seed.onetTitlesOnly?.includes(t.code)) continue;
    const id = ctx.onetIds.get(t.example);
    if (!id || domain.has(id)) continue;
    onetResolved++;
    const e = get(id);
    e.onet = Math.max(e.onet, onetSignal(t.hot, t.inDemand));
  }
  // postings
  const mine = ctx.postings.filter((p) => p.role === seed.id);
  for (const p of mine) {
    for (const id of p.skills) if (!domain.has(id)) get(id).postings++;
  }
  // family postings (prior only)
  const family = seed.family ? ctx.postings.filter((p) => p.role === seed.family) : [];
  if (family.length > 0) {
    const counts = new Map<string, number>();
    for (const p of family) for (const id of p.skills) if (!domain.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, k] of counts) {
      const share = k / family.length;
      if (share >= 0.1 || evidence.has(id)) get(id).family = share;
    }
  }
  const skills = combine([...evidence.values()], mine.length, seedScaleOf(family.length > 0, mine.length));

  // title aliases
  const aliases: string[] = [];
  const seen = new Set([seed.title.toLowerCase()]);
  const addAlias = (a: string) => {
    const k = a.toLowerCase();
    if (seen.has(k)) return;
    seen.add(k);
    aliases.push(a);
  };
  seed.titleAliases.forEach(addAlias);
  const onetTitles = seed.onet
    .flatMap((c) => ctx.onet.titles.get(c) ?? [])
    .flatMap(titleVariants)
    .filter((t) => titleToRole(t) === seed.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  onetTitles.forEach(addAlias);
  // ESCO's labels for the same occupations: the European names ("solution architect", "data
  // warehouse analyst", "requirement engineer") that O*NET's American titles lack.
  const escoOccupations = ctx.esco.filter((o) => seed.esco?.includes(o.label));
  const missingEsco = (seed.esco ?? []).filter((l) => !ctx.esco.some((o) => o.label === l));
  if (ctx.esco.length > 0 && missingEsco.length > 0) throw new Error(`${seed.id}: ESCO occupations not in ${ESCO_OCCUPATIONS_FILE}: ${missingEsco.join(', ')}`);
  const escoTitles = escoOccupations
    .flatMap((o) => [o.label, ...o.altLabels])
    .filter((t) => titleToRole(t) === seed.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  escoTitles.forEach(addAlias);

  // sources
  const sources: string[] = [...seed.notes];
  const examples = (list: readonly JobPosting[]): string => {
    const byTitle = new Map<string, number>();
    for (const p of list) byTitle.set(p.title, (byTitle.get(p.title) ?? 0) + 1);
    return [...byTitle]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 4)
      .map(([t]) => `"${t}"`)
      .join(', ');
  };
  const mineMl = mine.filter((p) => !p.id.startsWith('skillspan-'));
  const mineOther = mine.filter((p) => p.id.startsWith('skillspan-'));
  if (mineMl.length > 0) {
    sources.push(
      `${mineMl.length} posting${mineMl.length === 1 ? '' : 's'} from ml_jobs_us_2024_2025 (${POSTINGS_FILE}, US ML postings 2024-25, CC BY 4.0 per its Kaggle page) whose title maps to this role, e.g. ${examples(mineMl)}: share mentioning each skill`,
    );
  } else {
    sources.push(`no posting of ml_jobs_us_2024_2025 has a title mapping to this role`);
  }
  if (mineOther.length > 0) {
    sources.push(
      `${mineOther.length} posting${mineOther.length === 1 ? '' : 's'} of Stack Overflow's job board (2021) from SkillSpan (Zhang et al., NAACL 2022; kris927b/SkillSpan, MIT licence) whose title maps to this role, e.g. ${examples(mineOther)}: counted with the postings above`,
    );
  }
  if (mine.length === 0) sources.push('weights from O*NET and curated seeds only');
  if (family.length > 0) {
    sources.push(`prior from the ${family.length} postings of the family role ${String(seed.family)} in ml_jobs_us_2024_2025 (share mentioning each skill, scaled by ${FAMILY_SCALE})`);
  }
  for (const code of seed.onet.filter((c) => !seed.onetTitlesOnly?.includes(c))) {
    const n = ctx.onet.technology.filter((t) => t.code === code).length;
    sources.push(`O*NET 29.2 ${code} ${ctx.onet.occupations.get(code) ?? ''} technology skills (${n} examples; Hot Technology / In Demand flags)`.replace('  ', ' '));
  }
  for (const code of seed.onetTitlesOnly ?? []) {
    sources.push(`O*NET 29.2 ${code} ${ctx.onet.occupations.get(code) ?? ''}: titles only, its technology skills are another job's (scripts/roles/seeds.ts onetTitlesOnly)`.replace(' :', ':'));
  }
  if (onetTitles.length > 0) {
    sources.push(`title aliases from O*NET 29.2 Alternate Titles and Sample of Reported Titles of ${seed.onet.join(', ')} (${onetTitles.length} kept by the title mapper)`);
  }
  if (escoOccupations.length > 0) {
    sources.push(
      `title aliases from ESCO v1.2.0 occupations ${escoOccupations.map((o) => `"${o.label}"`).join(', ')} (preferred and alternative labels, ${escoTitles.length} kept by the title mapper; ESCO © European Union, CC BY 4.0)`,
    );
  }
  sources.push(`curated seed skills and responsibilities (scripts/roles/seeds.ts): ${key.ids.length} required, ${other.ids.length} other`);
  sources.push('O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under CC BY 4.0');

  const role: Role = {
    id: seed.id,
    title: seed.title,
    titleAliases: aliases,
    summary: seed.summary,
    skills,
    responsibilities: seed.responsibilities,
    seniority: seed.seniority,
    degree: seed.degree,
    ...(seed.education ? { education: seed.education } : {}),
    ...(seed.tools ? { tools: seed.tools } : {}),
    industries: seed.industries,
    sources,
  };
  return { built: { role: roleSchema.parse(role), postings: mine.length, onetCodes: seed.onet, onetResolved }, missing };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const taxonomy = loadTaxonomy(args.skills);
  const resolver = createResolver(taxonomy);
  const matcher = createMatcher(taxonomy);
  const findMentions = (t: string) => matcher.findMentions(t);
  const onet = readOnet(args.data);
  const esco = readEscoOccupations(args.data);
  const onetIds = new Map<string, string | undefined>();
  for (const t of onet.technology) if (!onetIds.has(t.example)) onetIds.set(t.example, onetSkillId(t.example, resolver, findMentions));

  const mlPostings = readPostings(args.data)
    .filter((p) => args.fitHalf === null || postingHalf(p.id) === args.fitHalf)
    .map((p) => ({ ...p, role: titleToRole(p.title) }));
  // The other job site's postings speak for the roles the ML postings barely cover (fewer than
  // OTHER_SITE_BELOW of their own): web, mobile, DevOps, SRE, security, QA, cloud. A role the ML
  // postings do cover keeps the ML-leaning profile those postings give it.
  const mlCount = new Map<string, number>();
  for (const p of mlPostings) if (p.role) mlCount.set(p.role, (mlCount.get(p.role) ?? 0) + 1);
  const otherSite = readSkillSpanPostings(args.data)
    .filter((p) => args.fitHalf === null || postingHalf(p.id) === args.fitHalf)
    .map((p) => ({ ...p, role: titleToRole(p.title) }))
    .filter((p) => p.role !== null && (mlCount.get(p.role) ?? 0) < OTHER_SITE_BELOW);

  const postings = [...mlPostings, ...otherSite].map((p) => ({
    ...p,
    skills: new Set(findMentions(`${p.title}\n${p.description}`).map((m) => m.skillId)),
  }));

  const ids = ROLE_SEEDS.map((s) => s.id);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length > 0) throw new Error(`duplicate role ids in seeds: ${dup.join(', ')}`);

  const built: Built[] = [];
  const unresolved: string[] = [];
  for (const seed of ROLE_SEEDS) {
    const r = buildRole(seed, { taxonomy, resolver, onet, onetIds, esco, postings, allowMissing: args.allowMissing });
    if (r.missing.length > 0) unresolved.push(`  ${seed.id}: ${r.missing.map((m) => JSON.stringify(m)).join(', ')}`);
    if (r.built) built.push(r.built);
  }
  const pending = NOT_IN_TAXONOMY.filter((n) => resolver.resolve(n) === undefined);
  if (pending.length > 0) console.warn(`warning: skipped seed names not in the taxonomy (NOT_IN_TAXONOMY): ${pending.join(', ')}`);
  const resolved = NOT_IN_TAXONOMY.filter((n) => resolver.resolve(n) !== undefined);
  if (resolved.length > 0) console.warn(`warning: now in the taxonomy, remove from NOT_IN_TAXONOMY: ${resolved.join(', ')}`);
  if (unresolved.length > 0 && args.allowMissing) {
    console.warn(`warning (--allow-missing): seed names skipped, not in ${args.skills}:\n${unresolved.join('\n')}`);
  } else if (unresolved.length > 0) {
    console.error(`Seed skill names that resolve to no skill of ${args.skills} (by name or alias):\n${unresolved.join('\n')}`);
    process.exit(1);
  }

  const rolesDir = join(args.out, 'data', 'roles');
  mkdirSync(rolesDir, { recursive: true });
  const keep = new Set(built.map((b) => `${b.role.id}.json`));
  for (const f of readdirSync(rolesDir)) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(rolesDir, f));
  for (const b of built) writeFileSync(join(rolesDir, `${b.role.id}.json`), JSON.stringify(b.role, null, 2) + '\n');

  const sorted = [...built].sort((a, b) => (a.role.id < b.role.id ? -1 : 1));
  const ts = [
    '// Generated by scripts/roles/build.ts (npm run build:roles). Do not edit.',
    '// The bundled role profiles, imported statically; the engine validates them with roleSchema.',
    ...sorted.map((b) => `import ${camel(b.role.id)} from '../../data/roles/${b.role.id}.json';`),
    '',
    'export const BUNDLED_ROLES: unknown[] = [',
    ...sorted.map((b) => `  ${camel(b.role.id)},`),
    '];',
    '',
  ].join('\n');
  mkdirSync(join(args.out, 'src', 'core'), { recursive: true });
  writeFileSync(join(args.out, 'src', 'core', 'bundled-roles.ts'), ts);

  // report
  const labelled = new Map<string, number>();
  for (const p of postings) labelled.set(p.role ?? '(none)', (labelled.get(p.role ?? '(none)') ?? 0) + 1);
  console.log(`${built.length} roles written to ${rolesDir}`);
  for (const b of built) {
    const tiers = { core: 0, common: 0, nice: 0 };
    for (const s of b.role.skills) tiers[s.tier]++;
    console.log(
      `  ${b.role.id.padEnd(26)} postings ${String(b.postings).padStart(3)}  O*NET ${b.onetCodes.join(',').padEnd(33)} skills ${b.role.skills.length} (core ${tiers.core}, common ${tiers.common}, nice ${tiers.nice})`,
    );
  }
  console.log(`title mapper over ${postings.length} postings:`);
  for (const [r, n] of [...labelled].sort((a, b) => b[1] - a[1])) console.log(`  ${r.padEnd(26)} ${n}`);
}

main();
