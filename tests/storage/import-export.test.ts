import { describe, expect, test } from 'vitest';
import { EXPORT_FORMAT, exportSkills, lineColumn, locateJsonError, parseImport } from '../../src/storage/import-export';
import type { UserSkill } from '../../src/core/types';
import { customSkillId } from '../../src/storage/schema';

const list: UserSkill[] = [
  { id: 'python', name: 'Python', level: 'expert' },
  { id: 'kubernetes', name: 'Kubernetes' },
  { id: customSkillId('Internal tool'), name: 'Internal tool' },
];

describe('export', () => {
  test('pretty JSON with a format tag and version', () => {
    const text = exportSkills(list, new Date('2026-01-02T03:04:05Z'));
    expect(text).toContain('\n  "format": "role-lens-skills",\n');
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-02T03:04:05.000Z', skills: list });
  });

  test('round trip', () => {
    expect(parseImport(exportSkills(list))).toEqual({ ok: true, skills: list, merged: [] });
    expect(parseImport(exportSkills([]))).toEqual({ ok: true, skills: [], merged: [] });
  });
});

describe('import', () => {
  const resolve = (name: string) =>
    ({ k8s: { id: 'kubernetes', name: 'Kubernetes' }, python: { id: 'python', name: 'Python' } })[name.toLowerCase()];

  test('a bare array of names and objects', () => {
    const r = parseImport('["Python", {"name": "k8s", "level": "working"}, "Our DSL", "python"]', resolve);
    expect(r).toEqual({
      ok: true,
      skills: [
        { id: 'python', name: 'Python' },
        { id: 'kubernetes', name: 'Kubernetes', level: 'working' },
        { id: customSkillId('Our DSL'), name: 'Our DSL' },
      ],
      merged: [{ name: 'python', into: 'Python' }],
    });
  });

  test('without a resolver every name becomes a custom skill', () => {
    expect(parseImport('["C++"]')).toEqual({ ok: true, skills: [{ id: customSkillId('C++'), name: 'C++' }], merged: [] });
    expect(customSkillId('C++')).toMatch(/^custom:cplusplus-[a-z0-9]{14}$/);
  });

  test('names in any script get ids of their own; the same name written differently is one skill', () => {
    const names = ['Машинное обучение', '機械学習', 'تعلم الآلة', 'Μηχανική μάθηση', '机器学习', 'Глубокое обучение'];
    const r = parseImport(JSON.stringify([...names, 'МАШИННОЕ  обучение', '机器学习']));
    if (!r.ok) throw new Error(r.error);
    expect(r.skills.map((s) => s.name)).toEqual(names);
    expect(new Set(r.skills.map((s) => s.id)).size).toBe(6);
    for (const s of r.skills) expect(s.id).toMatch(/^custom:[a-z0-9]{14}$/);
    expect(r.merged).toEqual([
      { name: 'МАШИННОЕ  обучение', into: 'Машинное обучение' },
      { name: '机器学习', into: '机器学习' },
    ]);
    // Full-width letters are the same name (NFKC).
    expect(customSkillId('Ｐｙｔｈｏｎ　ｔｏｏｌｓ')).toBe(customSkillId('python tools'));
  });

  test('a byte-order mark is accepted', () => {
    expect(parseImport('\uFEFF["SQL"]').ok).toBe(true);
  });

  test.each([
    ['', /empty/],
    ['{"format": "role-lens-skills", "version": 1, "skills": [}', /^Invalid JSON at line 1, column 57: expected a value, found "}"/],
    ['[\n  "Python",\n  "SQL",\n]', /^Invalid JSON at line 4, column 1: trailing comma/],
    ['{\n  "format": "role-lens-skills",\n  "skills": [\'x\']\n}', /^Invalid JSON at line 3, column 14:/],
    ['["unterminated]', /line 1, column 16: unterminated string/],
    ['{"format": "other-tool", "skills": []}', /^Unknown format "other-tool"/],
    ['{"skills": []}', /no "format" field/],
    ['"Python"', /holds a string/],
    ['{"format": "role-lens-skills", "version": 9, "skills": []}', /newer version of Role Lens/],
    ['{"format": "role-lens-skills", "version": 1, "skills": "python"}', /^Wrong shape: file\.skills: expected a list, got text\.$/],
    ['["Python", 3]', /Entry 2 should be a skill name or an object with a "name", not a number/],
    ['[{"name": "x", "level": "guru"}]', /Entry 1 has an invalid "level"/],
    ['{"format": "role-lens-skills", "version": 1, "skills": [{"id": "Bad Id", "name": "x"}]}', /Skill 1 \(skills\[0\]\) has an invalid "id"/],
  ])('rejects %j with the reason', (text, reason) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('locateJsonError', () => {
  test.each(['{}', '[]', '[1, -2.5e3, true, false, null, "a\\u00e9\\n"]', ' {"a": {"b": [1]}} '])('accepts valid JSON %s', (t) => {
    expect(locateJsonError(t)).toBeNull();
  });
  test.each(['{', '[1 2]', '{"a" 1}', 'tru', '01', '[1] x', '{"a":1,}'])('agrees with JSON.parse that %s is invalid', (t) => {
    expect(() => JSON.parse(t)).toThrow();
    expect(locateJsonError(t)).not.toBeNull();
  });
  test('line and column', () => {
    expect(lineColumn('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
  });
});
