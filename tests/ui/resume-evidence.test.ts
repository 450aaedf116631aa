import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { findResumeSkills } from '../../src/ui/resume-evidence';

const engine = getBundledEngine();
const category = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s.category]));
const resume = readFileSync('tests/fixtures/resumes/ml-engineer.txt', 'utf8');
const found = findResumeSkills(resume, engine, (id) => category.get(id), (id) => id === 'python');
const byId = new Map(found.map((f) => [f.id, f]));

describe('skills found in a résumé', () => {
  test('the skills the résumé plainly names are ticked', () => {
    for (const id of ['pytorch', 'kubernetes', 'mlflow', 'airflow', 'scikit-learn', 'docker', 'aws', 'google-cloud', 'git', 'sql', 'ab-testing']) {
      expect(byId.get(id), id).toMatchObject({ strong: true, checked: true });
    }
  });

  test('weak evidence is listed but not ticked: a URL, R&D, an employer’s industry, a capitalised verb', () => {
    expect(byId.get('github')).toMatchObject({ strong: false, checked: false, words: ['github'] });
    expect(byId.get('research')).toMatchObject({ checked: false, words: ['R&D'] });
    expect(byId.get('retail')?.checked).toBe(false);
    expect(byId.get('telecommunications')).toMatchObject({ checked: false, words: ['Ran'] });
  });

  test('each skill carries the words it was found from', () => {
    expect(byId.get('google-cloud')!.words).toEqual(['GCP']);
    expect(byId.get('machine-learning')!.words).toEqual(['Machine Learning', 'ML']);
  });

  test('a skill already in the list is never ticked', () => {
    expect(byId.get('python')).toMatchObject({ have: true, checked: false, strong: true });
  });
});
