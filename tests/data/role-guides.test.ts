import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUNDLED_ROLES } from '../../src/core/bundled-roles';
import { checkRoleGuides, roleGuidesSchema } from '../../src/core/role-guides';
import type { Role } from '../../src/core/schema';

const ROOT = join(__dirname, '..', '..');
const rawFile = readFileSync(join(ROOT, 'data/role-guides.json'), 'utf8');
const raw: unknown = JSON.parse(rawFile);
const roles = BUNDLED_ROLES as Role[];
const guides = roleGuidesSchema.parse(raw).guides;
const guide = (id: string) => guides.find((g) => g.id === id)!;
const role = (id: string) => roles.find((r) => r.id === id)!;

describe('data/role-guides.json', () => {
  // Valid, canonically formatted, a guide for every role: the one data validator (tests/data/data-check.test.ts).
  test('a full guide for each of the 32 roles', () => {
    expect(roles).toHaveLength(32);
    for (const r of roles) {
      const g = guide(r.id);
      expect(g.definition.length, r.id).toBeGreaterThan(80);
      expect(g.education.length, r.id).toBeGreaterThanOrEqual(2);
      expect(g.tips.length, r.id).toBeGreaterThanOrEqual(3);
    }
  });

  test('the validator reports a missing guide, an unknown role and bad shapes', () => {
    const data = roleGuidesSchema.parse(raw);
    const withoutOne = { ...data, guides: data.guides.filter((g) => g.id !== 'statistician') };
    expect(checkRoleGuides(withoutOne, roles.map((r) => r.id))).toEqual(['data/role-guides.json: no guide for the role "statistician"']);
    const extra = { ...data, guides: [...data.guides, { ...data.guides[0]!, id: 'zookeeper' }] };
    expect(checkRoleGuides(extra, roles.map((r) => r.id))).toContain('data/role-guides.json: "zookeeper" is not a role in data/roles');
    expect(checkRoleGuides({ version: 1, guides: [{ id: 'ai-engineer', definition: 'short' }] }, ['ai-engineer']).length).toBeGreaterThan(0);
  });
});

/**
 * The founding article, read section by section (when the seed is beside the repository): Lead
 * Machine Learning Engineer and AI Scientist must carry every item of it, in its words.
 */
const SEED = join(ROOT, '../shared/seed/lead-ml-engineer-vs-ai-scientist.txt');
const ROLE_HEADS = { 'Lead Machine Learning Engineer': 'lead-ml-engineer', 'AI Scientist': 'ai-scientist' } as const;
const SECTIONS = ['Definitions', 'Responsibilities', 'Required Skills', 'Educational Backgrounds', 'Tools and Software Used', 'Common Industries', 'Outlooks', 'Practical Tips for Getting Started', 'Conclusion'];

function readArticle(text: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  let section = '';
  let roleId = '';
  for (const rawLine of text.split('\n')) {
    const lineText = rawLine.trim();
    if (SECTIONS.includes(lineText)) {
      section = lineText;
      roleId = '';
      out.set(section, new Map());
    } else if (section && lineText in ROLE_HEADS) {
      roleId = ROLE_HEADS[lineText as keyof typeof ROLE_HEADS];
      out.get(section)!.set(roleId, []);
    } else if (section && roleId && lineText) {
      out.get(section)!.get(roleId)!.push(lineText.replace(/^•\s*/, ''));
    }
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

describe.skipIf(!existsSync(SEED))('the founding article’s two roles carry every item of it', () => {
  const article = existsSync(SEED) ? readArticle(readFileSync(SEED, 'utf8')) : new Map<string, Map<string, string[]>>();
  const items = (section: string, id: string) => article.get(section)?.get(id) ?? [];

  test.each(Object.values(ROLE_HEADS))('%s', (id) => {
    expect(items('Responsibilities', id).length).toBe(6);
    expect(norm(guide(id).definition)).toBe(norm(items('Definitions', id).join(' ')));
    const responsibilities = role(id).responsibilities.map(norm);
    for (const r of items('Responsibilities', id)) expect(responsibilities).toContain(norm(r));
    expect(guide(id).skills?.map(norm)).toEqual(items('Required Skills', id).map(norm));
    expect(guide(id).education.map(norm)).toEqual(items('Educational Backgrounds', id).map(norm));
    expect((role(id).education ?? []).map(norm)).toEqual(items('Educational Backgrounds', id).map(norm));
    expect(guide(id).tools?.map(norm)).toEqual(items('Tools and Software Used', id).map(norm));
    const industries = role(id).industries.map(norm);
    for (const i of items('Common Industries', id)) expect(industries).toContain(norm(i));
    expect(guide(id).tips.map(norm)).toEqual(items('Practical Tips for Getting Started', id).map(norm));
  });

  test('the article lists no industries for the lead role; the profile names them from real postings and says so', () => {
    expect(items('Common Industries', 'lead-ml-engineer')).toEqual([]);
    expect(role('lead-ml-engineer').sources.join(' ')).toMatch(/Common Industries list for Lead Machine Learning Engineer is empty/);
  });
});
