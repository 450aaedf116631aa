import type { DutyIndex } from './duties';
import { phraseCoverage } from './duties';
import type { Degree, Role, Seniority } from './schema';
import { SENIORITIES } from './schema';
import type { SkillIndex } from './skill-index';
import { contentStems } from './stem';
import { titleFit, titleWords } from './title';
import type { Importance, RoleMatch, SkillHit } from './types';

/** A role prepared once for scoring. */
export interface RoleModel {
  role: Role;
  weights: ReadonlyMap<string, number>;
  norm: number;
  duties: Array<{ phrase: string; stems: string[] }>;
  titles: string[][];
}

const PRESENCE: Record<Importance, number> = { required: 1, preferred: 0.7, mentioned: 0.35 };
/** A posting skill also speaks, more softly, for its parent ("PyTorch" for deep-learning frameworks). */
const PARENT_ECHO = 0.5;
const DUTY_MATCH = 0.6;

export function prepareRoles(roles: readonly Role[]): RoleModel[] {
  // Skills most roles share (Python, SQL) separate roles less than the ones few roles have.
  const spread = new Map<string, number>();
  for (const r of roles) for (const s of r.skills) if (s.weight >= 0.2) spread.set(s.id, (spread.get(s.id) ?? 0) + 1);
  return roles.map((role) => {
    const weights = new Map<string, number>();
    for (const s of role.skills) {
      const n = spread.get(s.id) ?? 1;
      const idf = Math.log(1 + roles.length / n) / Math.log(1 + roles.length);
      weights.set(s.id, s.weight * (0.35 + 0.65 * idf));
    }
    let norm = 0;
    for (const w of weights.values()) norm += w * w;
    return {
      role,
      weights,
      norm: Math.sqrt(norm),
      duties: role.responsibilities.map((phrase) => ({ phrase, stems: [...new Set(contentStems(phrase))] })),
      titles: [role.title, ...role.titleAliases].map(titleWords),
    };
  });
}

export interface RankInput {
  skills: readonly SkillHit[];
  duties: DutyIndex;
  text: string;
  title: string | null;
  seniority: Seniority | null;
  degree: Degree | null;
}

function postingVector(skills: readonly SkillHit[], index: SkillIndex): Map<string, number> {
  const v = new Map<string, number>();
  const add = (id: string, x: number) => v.set(id, Math.max(v.get(id) ?? 0, x));
  for (const s of skills) {
    add(s.id, PRESENCE[s.importance]);
    const parent = index.skills.get(s.id)?.parent;
    if (parent) add(parent, PRESENCE[s.importance] * PARENT_ECHO);
  }
  return v;
}

function seniorityFit(role: Role, seniority: Seniority | null): number {
  if (!seniority) return 0.5;
  if (role.seniority.includes(seniority)) return 1;
  const at = SENIORITIES.indexOf(seniority);
  const near = role.seniority.some((s) => Math.abs(SENIORITIES.indexOf(s) - at) === 1);
  return near ? 0.5 : 0;
}

const DEGREE_LEVEL: Record<Degree, number> = { bachelor: 1, master: 2, phd: 3 };
function degreeFit(role: Role, degree: Degree | null): number {
  if (!degree) return 0.5;
  const d = Math.abs(DEGREE_LEVEL[role.degree.typical] - DEGREE_LEVEL[degree]);
  return d === 0 ? 1 : d === 1 ? 0.4 : 0;
}

function list(names: string[], max = 6): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Every role scored in [0, 1] with its reasons, best first. */
export function rankRoles(models: readonly RoleModel[], input: RankInput, index: SkillIndex): RoleMatch[] {
  const vec = postingVector(input.skills, index);
  let vnorm = 0;
  for (const x of vec.values()) vnorm += x * x;
  vnorm = Math.sqrt(vnorm);
  const title = input.title ? titleWords(input.title) : [];
  const out: RoleMatch[] = [];
  for (const m of models) {
    let dot = 0;
    const shared: Array<[string, number]> = [];
    for (const [id, x] of vec) {
      const w = m.weights.get(id);
      if (w === undefined) continue;
      dot += w * x;
      if (index.skills.get(id)?.category !== 'group') shared.push([id, w * x]);
    }
    const skillScore = vnorm > 0 && m.norm > 0 ? dot / (vnorm * m.norm) : 0;

    const duties: string[] = [];
    let dutySum = 0;
    const coverages = m.duties.map((d) => ({ d, c: phraseCoverage(input.duties, d.stems).coverage })).sort((a, b) => b.c - a.c);
    for (const { d, c } of coverages.slice(0, 4)) {
      dutySum += c;
      if (c >= DUTY_MATCH) duties.push(d.phrase);
    }
    const dutyScore = Math.min(1, dutySum / 4);

    const titleScore = title.length > 0 ? Math.max(...m.titles.map((t) => titleFit(title, t))) : 0;
    const sen = seniorityFit(m.role, input.seniority);
    const deg = degreeFit(m.role, input.degree);

    const score =
      title.length > 0
        ? 0.4 * skillScore + 0.15 * dutyScore + 0.3 * titleScore + 0.075 * sen + 0.075 * deg
        : 0.6 * skillScore + 0.25 * dutyScore + 0.075 * sen + 0.075 * deg;

    const reasons: string[] = [];
    if (titleScore >= 0.6) reasons.push(`Title fits "${m.role.title}"`);
    shared.sort((a, b) => b[1] - a[1]);
    if (shared.length > 0) {
      const names = shared.map(([id]) => index.skills.get(id)?.name ?? id);
      reasons.push(`Shares ${shared.length} of its skills: ${list(names)}`);
    } else {
      reasons.push('Shares none of its characteristic skills');
    }
    if (duties.length > 0) reasons.push(`Duties like "${duties.slice(0, 2).join('", "')}"`);
    if (input.seniority && sen === 1) reasons.push(`Seniority fits (${input.seniority})`);
    if (input.degree && deg === 1) reasons.push(`Degree fits (${input.degree === 'phd' ? 'PhD' : input.degree})`);
    if (input.degree && deg === 0) reasons.push(`Asks for a ${input.degree === 'phd' ? 'PhD' : `${input.degree}'s degree`}, unusual for this role`);
    out.push({ id: m.role.id, title: m.role.title, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
