import type { ShownRoleGuide } from '../core/role-guides';
import type { RoleProfile } from '../core/packed';

/**
 * Two or three roles in the founding article's sections, each item marked: `asked` when it names
 * a skill the posting asks for, `have` with the user's skills it names.
 */

export interface CompareItem {
  text: string;
  asked: boolean;
  /** Names of the user's skills this item names. */
  have: string[];
}

export interface CompareSection {
  key: 'definition' | 'responsibilities' | 'skills' | 'education' | 'tools' | 'industries' | 'tips';
  title: string;
  items: CompareItem[];
}

export interface CompareColumn {
  id: string;
  title: string;
  sections: CompareSection[];
}

export interface CompareDeps {
  /** Skill ids named in a line of text (the engine's matcher). */
  skillsIn(text: string): string[];
  skillName(id: string): string;
  /** What the posting asks for (required and preferred), empty without a posting. */
  asked: ReadonlySet<string>;
  /** The user's skills by id. */
  have: ReadonlySet<string>;
}

const TITLES: Record<CompareSection['key'], string> = {
  definition: 'Definition',
  responsibilities: 'Responsibilities',
  skills: 'Skills',
  education: 'Education',
  tools: 'Tools and software',
  industries: 'Industries',
  tips: 'Getting started',
};

/** A role's most characteristic skills, for roles the article does not describe in its own words. */
const SKILL_TIERS = new Set(['core', 'common']);
const MAX_SKILLS = 14;

export function compareColumn(role: RoleProfile, guide: ShownRoleGuide | undefined, deps: CompareDeps): CompareColumn {
  const item = (text: string, ids = deps.skillsIn(text)): CompareItem => ({
    text,
    asked: ids.some((id) => deps.asked.has(id)),
    have: [...new Set(ids.filter((id) => deps.have.has(id)))].map(deps.skillName),
  });
  const skills = guide?.skills
    ? guide.skills.map((t) => item(t))
    : role.skills
        .filter((s) => SKILL_TIERS.has(s.tier))
        .slice(0, MAX_SKILLS)
        .map((s) => item(deps.skillName(s.id), [s.id]));
  const sections: Array<[CompareSection['key'], CompareItem[]]> = [
    ['definition', [item(guide?.definition ?? role.summary)]],
    ['responsibilities', role.responsibilities.slice(0, 8).map((t) => item(t))],
    ['skills', skills],
    ['education', (guide?.education ?? role.education ?? []).map((t) => item(t))],
    ['tools', (guide?.tools ?? role.tools ?? []).map((t) => item(t))],
    ['industries', role.industries.map((t) => item(t))],
    ['tips', (guide?.tips ?? []).map((t) => item(t))],
  ];
  return { id: role.id, title: role.title, sections: sections.map(([key, items]) => ({ key, title: TITLES[key], items })) };
}
