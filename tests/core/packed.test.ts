/**
 * The data the extension ships is packed at build time (src/core/pack.ts, scripts/pack-data.ts):
 * the packed engine must find exactly what the engine over the source data finds, on real
 * postings and on our own fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createEngine, createPackedEngine } from '../../src/core/engine';
import { getRoleProfiles } from '../../src/bundled-roles';
import { publishEngine } from '../../src/engine-host';
import { packData, packRoleDetails } from '../../src/core/pack';
import { FIELD, GLUED, LINE, OPEN_NAME, openKey, unpackRoleDetails, unpackRoleProfiles, unpackRoles, type PackedRoleDetails } from '../../src/core/packed';
import { unpackIndex } from '../../src/core/packed-index';
import { coreSkills } from '../../src/ui/stores/starter';
import { triePaths } from '../../src/core/alias-trie';
import { unpackRoleNames, unpackRoleTitles } from '../../src/core/packed-names';
import { roleTitles } from '../../src/core/rank-roles';
import { GENERIC_NAME_WEIGHT, roleNameLists } from '../../src/core/role-name-index';
import { buildSkillIndex } from '../../src/core/skill-index';
import type { UserSkill } from '../../src/core/types';
import { HAS_REAL_POSTINGS, realPostings, ROOT } from './helpers';

const packed = packData(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES);
// Through JSON, as the build ships it.
const shipped = JSON.parse(JSON.stringify(packed)) as typeof packed;
const source = createEngine(BUNDLED_TAXONOMY, BUNDLED_ROLE_PROFILES);
const fromPacked = createPackedEngine(shipped);
const user: UserSkill[] = [
  { id: 'python', name: 'Python' },
  { id: 'custom:k8s', name: 'k8s' },
  { id: 'custom:scikit-learn', name: 'Scikit Learn' },
  { id: 'custom:pytorch', name: 'PyTorch (primary)' },
];

describe('packed data', () => {
  test('unpacks to the trie, skills and alias keys the source data builds', () => {
    const a = buildSkillIndex(BUNDLED_TAXONOMY);
    const b = unpackIndex(shipped);
    expect(triePaths(b.trie)).toEqual(triePaths(a.trie));
    expect(triePaths(b.trie).length).toBeGreaterThan(8000);
    // The same keys, each to the same skill (in another order: the packed data lists them by skill).
    expect(new Map([...b.byAlias.keys()].sort())).toEqual(new Map([...a.byAlias.keys()].sort()));
    expect(b.skills.size).toBe(BUNDLED_TAXONOMY.skills.length);
    for (const s of BUNDLED_TAXONOMY.skills) {
      expect(b.skills.get(s.id)).toEqual({ id: s.id, name: s.name, category: s.category, ...(s.parent ? { parent: s.parent } : {}), ...(s.related?.length ? { related: s.related } : {}) });
    }
    expect(new Map([...b.children].map(([k, v]) => [k, [...v].sort()]))).toEqual(new Map([...a.children].map(([k, v]) => [k, [...v].sort()])));
  });

  test('a brand name\'s open spelling ships as one sign and unpacks to its key ("WebStorm": "web storm")', () => {
    expect(['WebStorm', 'ArcGIS', 'ServiceNow', 'iOS', 'PyTorch', 'Python', 'Node.js', 'Café'].map(openKey)).toEqual(['web storm', 'arc gis', 'service now', null, 'py torch', null, null, null]);
    const lines = shipped.skills.split(LINE).map((l) => l.split(FIELD));
    const marked = lines.filter((f) => f.includes(OPEN_NAME));
    expect(marked.length).toBeGreaterThan(100);
    expect(lines.find((f) => f[0] === 'WebStorm')).toEqual(['WebStorm', '', OPEN_NAME]);
    // No alias left spelt out where the sign would do.
    expect(lines.filter((f) => f.slice(1).includes(openKey(f[0]!) ?? OPEN_NAME))).toEqual([]);
    const text = 'Requirements: 3+ years with TypeScript and React; you debug in Web Storm and ship to Service Now.';
    expect(fromPacked.findMentions(text)).toEqual(source.findMentions(text));
    expect(fromPacked.findMentions(text).map((m) => m.skillId)).toEqual(expect.arrayContaining(['webstorm', 'servicenow']));
  });

  test('an alias glued of an earlier one ships as a sign and that one\'s number ("vega lite|vegalite": "vega lite|+3")', () => {
    const lines = shipped.skills.split(LINE).map((l) => l.split(FIELD));
    expect(lines.filter((f) => f.some((a) => a.startsWith(GLUED))).length).toBeGreaterThan(200);
    expect(lines.find((f) => f[0] === 'Vega-Altair')?.slice(3)).toEqual(['vega lite', 'vegaaltair', `${GLUED}3`]);
    const text = 'Nice to have: dashboards in Vegalite or Streamlit, and deployments through ArgoCD on Kubernetes.';
    expect(fromPacked.findMentions(text)).toEqual(source.findMentions(text));
    expect(fromPacked.findMentions(text).map((m) => m.skillId)).toEqual(expect.arrayContaining(['altair', 'argocd']));
  });

  test('unpacks to the role names and title word sets the roles\' titles and aliases give', () => {
    const lists = unpackRoleNames(shipped);
    expect(lists).toEqual(roleNameLists(BUNDLED_ROLE_PROFILES));
    // Real lists: "machine learning engineer" also as "ml engineer", the generic names at their weight.
    const names = [...lists.values()].flat();
    expect(names.length).toBeGreaterThan(500);
    expect(names.some((n) => n.words.join(' ') === 'ml engineer')).toBe(true);
    expect(names.some((n) => n.weight === GENERIC_NAME_WEIGHT)).toBe(true);
    expect(unpackRoleTitles(shipped)).toEqual(roleTitles(BUNDLED_ROLE_PROFILES));
    // What the title aliases gave is all the engine reads of them: they are not shipped.
    expect(JSON.stringify(shipped)).not.toContain(BUNDLED_ROLE_PROFILES.find((r) => r.titleAliases.some((a) => /[A-Z]/.test(a)))!.titleAliases.find((a) => /[A-Z]/.test(a)));
  });

  test('drops what the engine never reads: sources, licences, summaries', () => {
    const text = JSON.stringify(shipped);
    expect(text).not.toContain('O*NET 29.2');
    expect(text).not.toContain(BUNDLED_ROLE_PROFILES[0]!.summary);
    expect(text).not.toContain('"sources"');
  });

  test.runIf(HAS_REAL_POSTINGS)('gives the same analysis as the source data on every real posting', () => {
    const postings = realPostings();
    expect(postings.length).toBeGreaterThan(400);
    // Compared as JSON (a deep toEqual of 488 analyses is slow); toEqual on the first that differs.
    for (const p of postings) {
      const posting = { text: p.description, title: p.title, company: p.company, source: 'test' };
      const [a, b] = [fromPacked.analyze(posting, user), source.analyze(posting, user)];
      if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, p.id).toEqual(b);
      const [m, n] = [fromPacked.findMentions(p.description), source.findMentions(p.description)];
      if (JSON.stringify(m) !== JSON.stringify(n)) expect(m, p.id).toEqual(n);
    }
  }, 120_000);

  test('gives the same analysis on our own fixture postings', () => {
    const dirs = ['tests/fixtures/postings', 'tests/fixtures/postings-heldout'].map((d) => join(ROOT, d));
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => /\.(md|txt)$/.test(x))) {
        const text = readFileSync(join(dir, f), 'utf8');
        expect(fromPacked.analyze({ text, source: 'test' }, user), f).toEqual(source.analyze({ text, source: 'test' }, user));
        n++;
      }
    }
    expect(n).toBeGreaterThan(60);
    // Over 120 analyses: the default 5 s is too short on a loaded 2-core machine (seen to time out).
  }, 60_000);

  test('the pages\' role details join the packed roles into the profiles the source data has', () => {
    const details = unpackRoleDetails(JSON.parse(JSON.stringify(packRoleDetails(BUNDLED_ROLE_PROFILES))) as PackedRoleDetails);
    const profiles = unpackRoleProfiles(unpackRoles(shipped), details);
    expect(profiles).toHaveLength(BUNDLED_ROLE_PROFILES.length);
    for (const [i, r] of BUNDLED_ROLE_PROFILES.entries()) {
      const p = profiles[i]!;
      expect({ id: p.id, title: p.title, summary: p.summary, industries: p.industries, education: p.education, tools: p.tools }).toEqual({ id: r.id, title: r.title, summary: r.summary, industries: r.industries, education: r.education, tools: r.tools });
      expect(p.skills).toEqual(r.skills);
    }
    // What the extension's pages load (virtual:role-lens-role-details, packed by the build's plugin,
    // over the roles /engine.js publishes).
    publishEngine();
    const shown = getRoleProfiles();
    const name = (id: string) => BUNDLED_TAXONOMY.skills.find((s) => s.id === id)?.name;
    const ml = BUNDLED_ROLE_PROFILES.find((r) => r.id === 'ml-engineer')!;
    expect(coreSkills(shown.find((r) => r.id === 'ml-engineer')!, name)).toEqual(coreSkills(ml, name));
    expect(coreSkills(ml, name).length).toBeGreaterThan(3);
    // A role whose details don't fit is an error, not a profile with wrong tiers.
    expect(() => unpackRoleProfiles(unpackRoles(shipped), details.slice(1))).toThrow(/packed role details/);
  });

  test('autocomplete finds the same best skill, over the trie’s keys (the packed data keeps no aliases as written)', () => {
    for (const q of ['k8s', 'sklearn', 'scikit-learn', 'c++', 'node.js', 'machine learning', 'pytorch', 'Weights & Biases', 'postgres']) {
      expect(fromPacked.searchSkills(q)[0]?.id, q).toBe(source.searchSkills(q)[0]?.id);
    }
    expect(fromPacked.searchSkills('k8s')[0]?.id).toBe('kubernetes');
    expect(fromPacked.searchSkills('scikit learn')[0]?.id).toBe('scikit-learn');
  });
});
