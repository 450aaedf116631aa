import { annotateAsks } from './asks';
import { computeGap, learningIds, resolveUserSkills } from './gap';
import { indexDuties } from './duties';
import { markEmployerSentences } from './employer';
import { employerNames } from './employer-names';
import { classifyMentions, skillsOf, type ClassifiedMention } from './extract';
import { postingFacts } from './facts';
import { looksLikePosting } from './jobness';
import { createMatcher, matcherOver, type Matcher } from './matcher';
import type { SkillIndex } from './skill-index';
import { unpackRoleNames, unpackRoleTitles } from './packed-names';
import { unpackRoles, type PackedData, type RuntimeRole } from './packed';
import { unpackIndex } from './packed-index';
import { prepareRoles, rankRoles, roleTitles } from './rank-roles';
import { indexRoleNames, roleNameIndex, type RoleNameIndex } from './role-name-index';
import { countRoleNames } from './role-names';
import { findDegree, findSeniority, findYears, type YearsClaim } from './requirements';
import type { Role, Taxonomy } from './schema';
import { analyzeStructure } from './sections';
import { createSkillSearch, popularityFromRoles } from './skill-search';
import { tokenize } from './tokenize';
import type { Analysis, Engine, Posting, UserSkill } from './types';

/** A first line that reads like a title ("Senior Data Engineer — Acme") when none was given. */
function titleFromText(text: string): string | null {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first.length < 4 || first.length > 90 || /[.!?]$/.test(first) || first.split(/\s+/).length > 12) return null;
  return first.replace(/^#+\s*/, '').replace(/^(job title|title|position|role)\s*:\s*/i, '');
}

/**
 * The experience the posting asks overall: each sentence's first claim ("8+ years …, including
 * 2+ years leading" says 8), the largest across sentences (a per-skill "5+ years of PyTorch"
 * doesn't lower it); preferred sentences only when nothing is required.
 */
function overallYears(claims: readonly YearsClaim[]): number | null {
  const asked = claims.filter((c) => c.sentence.kind !== 'preferred' && c.sentence.cue !== 'preferred');
  const from = asked.length > 0 ? asked : claims;
  const firstPerSentence = new Map<number, number>();
  for (const c of from) if (!firstPerSentence.has(c.sentence.start)) firstPerSentence.set(c.sentence.start, c.min);
  return firstPerSentence.size > 0 ? Math.max(...firstPerSentence.values()) : null;
}

/** The engine over the source data (data/skills.json, data/roles): Node, tests, the CLI. */
export function createEngine(taxonomy: Taxonomy, roles: readonly Role[]): Engine {
  return engineOver(createMatcher(taxonomy), roles, () => taxonomy, { names: indexRoleNames(roles), titles: roleTitles(roles) });
}

/** The engine over the data packed at build time (packed.ts): what the extension runs. */
export function createPackedEngine(packed: PackedData): Engine {
  const index = unpackIndex(packed);
  const roles = unpackRoles(packed, [...index.skills.keys()]);
  return engineOver(matcherOver(index), roles, () => searchableFromTrie(index), {
    names: roleNameIndex(unpackRoleNames(packed), roles),
    titles: unpackRoleTitles(packed),
  });
}

/**
 * What autocomplete reads, from the packed data: its aliases are the trie's keys ("scikit learn"),
 * as the packed data keeps no aliases as written. Every extension page that searches (options,
 * welcome, history) uses this: the source data ships nowhere.
 */
function searchableFromTrie(index: SkillIndex): Pick<Taxonomy, 'skills'> {
  const keysOf = new Map<string, string[]>();
  for (const [key, id] of index.byAlias.keys()) {
    const list = keysOf.get(id);
    if (list) list.push(key);
    else keysOf.set(id, [key]);
  }
  return {
    skills: [...index.skills.values()].map((s) => ({
      ...s,
      aliases: (keysOf.get(s.id) ?? []).filter((k) => k !== s.name.toLowerCase()),
      sources: [],
    })),
  };
}

/** `named`: what the roles' titles and aliases give (built from the source data, or shipped ready in the packed data). */
function engineOver(matcher: Matcher, roles: readonly RuntimeRole[], searchSource: () => Pick<Taxonomy, 'skills'>, named: { names: RoleNameIndex; titles: string[][][] }): Engine {
  const index = matcher.index;
  const models = prepareRoles(roles, undefined, named.titles);
  const roleNames = named.names;
  // Autocomplete, built on the first search: a page's content script never searches.
  let search: ReturnType<typeof createSkillSearch> | null = null;
  /** The last analysis's classified mentions: the page's highlights ask for them right after (findMentions). */
  let lastRead: { text: string; company: string | undefined; classified: readonly ClassifiedMention[] } | null = null;

  /** Tokens, sections (the employer's sentences marked) and every mention classified: what analyze and the highlights share. */
  function read(text: string, company: string | undefined) {
    const tokens = tokenize(text);
    const structure = analyzeStructure(text);
    // The employer as the page names it and as the posting names itself: neither is an ask.
    const employer = employerNames(text);
    markEmployerSentences(text, structure.sentences, company ? [company.trim(), ...employer] : employer);
    const classified = classifyMentions(tokens, matcher, structure, company, employer);
    lastRead = { text, company, classified };
    return { tokens, structure, classified };
  }

  function analyze(posting: Posting, userSkills: readonly UserSkill[], notAsked?: ReadonlySet<string>): Analysis {
    const text = posting.text;
    const { tokens, structure, classified } = read(text, posting.company);
    const claims = findYears(text, structure.sentences);
    const skills = skillsOf(classified, claims, matcher, structure, text);
    annotateAsks(skills, text, structure, index);
    const minYears = overallYears(claims);
    // An explicit empty title means "no title": don't guess one from the first line.
    const title = posting.title !== undefined ? posting.title.trim() || null : titleFromText(text);
    const degree = findDegree(text, structure.sentences);
    const seniority = findSeniority(title, text, minYears);
    const ranked = rankRoles(
      models,
      {
        skills,
        named: countRoleNames(tokens, roleNames, models.length),
        duties: indexDuties(tokens, structure.sentences),
        text,
        title,
        seniority,
        degree,
      },
      index,
    );
    return {
      isJobPosting: looksLikePosting(text, structure, skills.length, claims.length),
      title,
      skills,
      roles: ranked,
      gap: computeGap(skills, resolveUserSkills(userSkills, index), index, notAsked, learningIds(userSkills, index)),
      seniority,
      minYears,
      degree,
      ...postingFacts({ title, location: posting.location, text, structured: posting.structured }),
    };
  }

  return {
    analyze,
    gap: (skills, userSkills, notAsked) => computeGap(skills, resolveUserSkills(userSkills, index), index, notAsked, learningIds(userSkills, index)),
    findMentions(text, options) {
      if (!options?.askedOnly) return matcher.findMentions(text);
      const { company } = options;
      const classified = lastRead !== null && lastRead.text === text && lastRead.company === company ? lastRead.classified : read(text, company).classified;
      return classified
        .filter((m) => m.importance !== 'mentioned')
        .map(({ candidate: c }) => ({ skillId: c.skillId, span: { start: c.start, end: c.end, text: text.slice(c.start, c.end) } }));
    },
    skill(id) {
      const s = index.skills.get(id);
      return s ? { id: s.id, name: s.name, category: s.category } : undefined;
    },
    searchSkills: (query, limit) => (search ??= createSkillSearch(searchSource(), popularityFromRoles(roles)))(query, limit),
  };
}
