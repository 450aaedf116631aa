import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { parseCsv, parseSkillFile, parseSkillsCsv } from '../../src/storage/import-csv';
import { createSkillResolver } from '../../src/ui/resolve-skill';

const resolve = createSkillResolver(getBundledEngine());

// The shape of LinkedIn's export: a BOM, a "Name" header, CRLF line ends, quotes where a name has a comma.
const LINKEDIN = '\uFEFFName\r\nPython (Programming Language)\r\nMachine Learning\r\nKubernetes\r\n"Research, Development and Innovation"\r\nSQL\r\nPyTorch\r\n"Data ""Storytelling"""\r\n\r\n';

describe('LinkedIn Skills.csv', () => {
  test('every row of the Name column becomes a skill, resolved through the taxonomy', () => {
    const result = parseSkillsCsv(LINKEDIN, resolve);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['machine-learning', 'kubernetes', 'sql', 'pytorch']));
    expect(result.skills.map((s) => s.name)).toContain('Data "Storytelling"');
    expect(result.skills).toHaveLength(7);
  });

  test('quoted fields keep their commas and line breaks', () => {
    expect(parseCsv('Name,Endorsements\n"Python, the language",3\n"multi\nline",1\n')).toEqual([
      ['Name', 'Endorsements'],
      ['Python, the language', '3'],
      ['multi\nline', '1'],
    ]);
  });

  test('the Name column is found among others', () => {
    const result = parseSkillsCsv('Endorsements,Name\n12,Docker\n3,Airflow\n', resolve);
    expect(result.ok && result.skills.map((s) => s.id)).toEqual(['docker', 'airflow']);
  });

  test('a headerless one-column list is read as names', () => {
    const result = parseSkillsCsv('Docker\nk8s\n', resolve);
    expect(result.ok && result.skills.map((s) => s.id)).toEqual(['docker', 'kubernetes']);
  });

  test.each([
    ['', 'The file is empty.'],
    ['Name\n', 'no skills'],
    ['Title,Company\nEngineer,Acme\n', 'no “Name” column'],
    ['Name\n"Python\n', 'never closed'],
  ])('a bad file says why and imports nothing: %j', (text, message) => {
    const result = parseSkillsCsv(text, resolve);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  test('the file name or the first character decides between CSV and JSON', () => {
    expect(parseSkillFile('["Docker"]', 'skills.json', resolve)).toMatchObject({ ok: true });
    expect(parseSkillFile('Name\nDocker\n', 'Skills.csv', resolve)).toMatchObject({ ok: true });
    expect(parseSkillFile('["Docker"]', undefined, resolve)).toMatchObject({ ok: true, skills: [{ id: 'docker' }] });
  });
});
