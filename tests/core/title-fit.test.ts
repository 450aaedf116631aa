import { expect, test } from 'vitest';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { indexDuties } from '../../src/core/duties';
import { createMatcher } from '../../src/core/matcher';
import { prepareRoles, roleEvidence } from '../../src/core/rank-roles';
import { tokenize } from '../../src/core/tokenize';

const models = prepareRoles(BUNDLED_ROLE_PROFILES);
const index = createMatcher(BUNDLED_TAXONOMY).index;

/** How well a title alone fits each role (the title part of the role evidence). */
function titleScores(title: string): Map<string, number> {
  const input = { skills: [], duties: indexDuties(tokenize(''), []), text: '', title, seniority: null, degree: null };
  return new Map(roleEvidence(models, input, index).map((e) => [e.model.role.id, e.titleScore]));
}

test('a role called by its own title fits it fully, even when the title names a level ("Manager")', () => {
  expect(titleScores('AI Product Manager').get('ai-product-manager')).toBe(1);
  expect(titleScores('Data Scientist').get('data-scientist')).toBe(1);
});

test("a level outside a role's range weakens the fit: Staff is the lead role's, not the ML engineer's", () => {
  const plain = titleScores('AI/ML Engineer').get('ml-engineer')!;
  const staff = titleScores('Staff AI/ML Engineer');
  expect(staff.get('ml-engineer')!).toBeLessThan(plain * 0.9);
  expect(staff.get('lead-ml-engineer')!).toBeGreaterThan(staff.get('ml-engineer')!);
});

test('a partial title fit, which still moves the score, is given as a reason', () => {
  const engine = getBundledEngine();
  const roles = engine.analyze({ text: 'Requirements\n- Python and C++\n- OpenCV', title: 'Perception Engineer, Retail Shelf Analytics', source: 'test' }, []).roles;
  const analytics = roles.find((r) => r.id === 'analytics-engineer')!;
  expect(analytics.reasons).toContain('Title partly fits "Analytics Engineer"');
  expect(roles[0]!.id).toBe('computer-vision-engineer');
});
