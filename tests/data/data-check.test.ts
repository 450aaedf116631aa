import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBundledData, checkData } from '../../src/core/data-check';
import { readDataFiles } from '../../scripts/data-files';
import { ROOT } from '../core/helpers';

const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const roleFiles = readdirSync(join(ROOT, 'data/roles')).filter((f) => f.endsWith('.json'));
const roles = Object.fromEntries(roleFiles.map((f) => [`data/roles/${f}`, read(`data/roles/${f}`)]));
const taxonomy = read('data/skills.json');

describe('the build-time data gate (scripts/validate-data.ts)', () => {
  test('passes on the bundled data: taxonomy, roles, role guides and the lexicon, as the build reads them', () => {
    const result = checkBundledData(readDataFiles(ROOT));
    expect(result.errors).toEqual([]);
    expect(result.roles).toHaveLength(roleFiles.length);
    expect(result.taxonomy?.skills.length).toBeGreaterThan(700);
  });

  test('names a file that is not JSON, one not canonically formatted, and a role without its guide', () => {
    const files = readDataFiles(ROOT);
    files['data/roles/statistician.json'] = JSON.stringify(JSON.parse(files['data/roles/statistician.json']!));
    files['data/roles/zz-broken.json'] = '{"id": "zz-broken",';
    const guides = JSON.parse(files['data/role-guides.json']!) as { guides: Array<{ id: string }> };
    guides.guides = guides.guides.filter((g) => g.id !== 'data-analyst');
    files['data/role-guides.json'] = `${JSON.stringify(guides, null, 2)}\n`;
    const { errors } = checkBundledData(files);
    expect(errors).toEqual(
      expect.arrayContaining([
        'data/roles/statistician.json: not canonically formatted (JSON.stringify(data, null, 2) and a newline)',
        expect.stringMatching(/^data\/roles\/zz-broken\.json: not JSON/),
        'data/role-guides.json: no guide for the role "data-analyst"',
      ]),
    );
  });

  test('names what is wrong: an unknown skill in a role, a clashing alias, a wrong file name', () => {
    const broken = structuredClone(roles) as Record<string, { id: string; skills: Array<{ id: string }> }>;
    broken['data/roles/data-engineer.json']!.skills[0]!.id = 'no-such-skill';
    broken['data/roles/renamed.json'] = broken['data/roles/ai-scientist.json']!;
    const tax = structuredClone(taxonomy) as { skills: Array<{ id: string; aliases: string[] }> };
    tax.skills.find((s) => s.id === 'python')!.aliases.push('k8s');
    const { errors } = checkData(tax, broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        'data/roles/data-engineer.json: skill "no-such-skill" is not in data/skills.json',
        'data/roles/renamed.json: id "ai-scientist" differs from the file name',
        expect.stringMatching(/alias "k8s" of (python|kubernetes) is also an alias of (python|kubernetes)/),
      ]),
    );
  });

  test('names a parent cycle, a one-sided relation and unsorted ids', () => {
    const tax = structuredClone(taxonomy) as { skills: Array<{ id: string; parent?: string; related?: string[] }> };
    const skill = (id: string) => tax.skills.find((s) => s.id === id)!;
    skill('machine-learning').parent = 'deep-learning';
    skill('python').related = [...(skill('python').related ?? []), 'rust'];
    tax.skills.reverse();
    const { errors } = checkData(tax, {});
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/parent cycle at (machine-learning|deep-learning)/),
        'data/skills.json: python is related to rust, but rust not to python',
        expect.stringMatching(/skills are not sorted by id/),
      ]),
    );
  });

  test('rejects data of the wrong shape with the path of the problem', () => {
    const { errors } = checkData({ version: 1, attribution: [], skills: [{ id: 'Bad Id', name: 'x', aliases: [], category: 'language', sources: ['curated'] }] }, {});
    expect(errors.join('\n')).toMatch(/skills\.0\.id/);
  });
});
