/**
 * Builds data/skills.json from the curated list (scripts/taxonomy/curated.ts), O*NET 29.2 and ESCO.
 *
 *   npm run build:taxonomy [-- --data ../shared/data] [-- --report]
 *
 * O*NET and ESCO give each curated skill its `sources`; ESCO's alternative labels of matching
 * tech concepts are added as aliases after a hard filter. The build fails on any alias clash,
 * unresolved parent/related id, parent cycle or schema error. `--report` lists the O*NET examples
 * frequent in computer and mathematical occupations (15-xxxx) that no skill covers, for review.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { taxonomySchema, type Skill, type Taxonomy } from '../../src/core/schema';
import { RELATED, SECTIONS } from './curated';
import { normalize, onetKeys, readEsco, readOnet, type EscoConcept } from './sources';
import { aliasVariants, buildSkills, type SkillDraft } from './assemble';

export const ATTRIBUTION = [
  'Includes information from O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Modified: technology names were matched to curated skills to record sources; no endorsement by USDOL/ETA is implied.',
  'Includes information from ESCO (European Skills, Competences, Qualifications and Occupations), © European Union, used under the CC BY 4.0 license (https://creativecommons.org/licenses/by/4.0/). Modified: selected labels and filtered alternative labels were adopted as skill names and aliases; the European Commission does not endorse this product.',
  'Curated entries: Role Lens contributors, MIT license.',
];

function parseArgs(argv: string[]): { dataDir: string; report: boolean; out: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  let dataDir = '../shared/data';
  let out = resolve(here, '../../data/skills.json');
  let report = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') dataDir = argv[++i] ?? dataDir;
    else if (a === '--out') out = resolve(argv[++i] ?? out);
    else if (a === '--report') report = true;
  }
  return { dataDir: resolve(dataDir), report, out };
}

/** Alternative labels worth keeping as aliases: short, specific, containing the concept's name. */
function goodEscoAlias(alt: string, concept: EscoConcept, draft: SkillDraft): boolean {
  if (alt.length > 40 || alt.split(/\s+/).length > 4) return false;
  if (!/^[\p{L}\p{N} .+#/'-]+$/u.test(alt)) return false;
  if (/\b(techniques|principles|methods?|use|using|of|in|for|related|paradigms?|types?|kinds?|typology|aspects?|features?|functioning|science|field|process|knowledge|software|systems?|non-relational|creation|simulation|environment|architectures?|edition|4GL|CGE|\d+K)\b/i.test(alt)) return false;
  const n = normalize(alt);
  const heads = [normalize(concept.preferredLabel), normalize(draft.name)];
  const contains = heads.some((h) => h.length >= 3 && new RegExp(`(^|[^a-z0-9])${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`).test(n));
  const initials = draft.name
    .split(/[\s-]+/)
    .filter((w) => w.length > 2)
    .map((w) => w[0])
    .join('')
    .toLowerCase();
  const isAcronym = /^[A-Z]{2,6}$/.test(alt) && initials === n;
  return contains || isAcronym;
}

function main(): void {
  const { dataDir, report, out } = parseArgs(process.argv.slice(2));
  const drafts = buildSkills(SECTIONS, RELATED);

  // --- O*NET ---
  const onet = readOnet(dataDir);
  const onetIndex = new Map<string, string[]>();
  for (const ex of onet.values()) {
    for (const key of onetKeys(ex.example)) {
      const list = onetIndex.get(key) ?? [];
      list.push(ex.example);
      onetIndex.set(key, list);
    }
  }
  const covered = new Set<string>();
  for (const d of drafts) {
    const hits = new Set<string>();
    for (const label of [d.name, ...d.aliases, ...d.onet]) {
      for (const ex of onetIndex.get(normalize(label)) ?? []) hits.add(ex);
      if (onet.has(label)) hits.add(label);
    }
    if (hits.size) {
      d.sources.add('onet');
      for (const h of hits) covered.add(h);
    }
  }

  // --- ESCO ---
  const esco = readEsco(dataDir);
  const byPreferred = new Map<string, EscoConcept[]>();
  const byAltDigital = new Map<string, EscoConcept[]>();
  for (const c of esco) {
    const k = normalize(c.preferredLabel);
    byPreferred.set(k, [...(byPreferred.get(k) ?? []), c]);
    if (c.digital) {
      for (const alt of c.altLabels) {
        const ka = normalize(alt);
        byAltDigital.set(ka, [...(byAltDigital.get(ka) ?? []), c]);
      }
    }
  }
  const imported: { id: string; alias: string }[] = [];
  for (const d of drafts) {
    const labels = [d.name, ...d.aliases, ...d.esco].map(normalize);
    const primary = new Set<EscoConcept>();
    for (const l of labels) for (const c of byPreferred.get(l) ?? []) primary.add(c);
    const viaAlt = labels.some((l) => byAltDigital.has(l));
    if (primary.size || viaAlt) d.sources.add('esco');
    if (d.ambiguous || d.category === 'soft-skill' || d.category === 'domain' || d.category === 'group') continue;
    for (const c of primary) {
      if (!c.digital) continue;
      for (const alt of c.altLabels) {
        if (goodEscoAlias(alt, c, d)) imported.push({ id: d.id, alias: alt });
      }
    }
  }

  const { skills, dropped } = aliasVariants(drafts, imported);
  const taxonomy: Taxonomy = { version: 1, attribution: ATTRIBUTION, skills };
  const parsed = taxonomySchema.parse(taxonomy);
  writeFileSync(out, JSON.stringify(parsed, null, 2) + '\n');

  const bySource = new Map<string, number>();
  const byCat = new Map<string, number>();
  for (const s of skills) {
    for (const src of s.sources) bySource.set(src, (bySource.get(src) ?? 0) + 1);
    byCat.set(s.category, (byCat.get(s.category) ?? 0) + 1);
  }
  console.log(`wrote ${out}: ${skills.length} skills`);
  console.log('by source:', Object.fromEntries(bySource));
  console.log('by category:', Object.fromEntries([...byCat].sort()));
  console.log('ambiguous:', skills.filter((s: Skill) => s.ambiguous).map((s) => s.id).join(', '));

  if (report) {
    console.log(`\ndropped generated/imported aliases (${dropped.length}):`);
    for (const d of dropped) console.log(`  ${d}`);
    console.log(`\nimported ESCO aliases (${imported.length}):`);
    console.log('  ' + imported.map((x) => `${x.id}: ${x.alias}`).join('; '));
    const uncovered = [...onet.values()]
      .map((e) => ({ e, n: [...e.occupations].filter((o) => o.startsWith('15-')).length }))
      .filter(({ e, n }) => n >= 3 && !covered.has(e.example))
      .sort((a, b) => b.n - a.n);
    console.log(`\nO*NET examples in >=3 15-xxxx occupations not covered (${uncovered.length}):`);
    console.log('  ' + uncovered.map(({ e, n }) => `${e.example} (${n}${e.hot ? ', hot' : ''})`).join('; '));
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
