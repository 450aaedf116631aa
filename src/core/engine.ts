import { computeGap, resolveUserSkills } from './gap';
import { indexDuties } from './duties';
import { collectSkills } from './extract';
import { looksLikePosting } from './jobness';
import { createMatcher } from './matcher';
import { prepareRoles, rankRoles } from './rank-roles';
import { findDegree, findSeniority, findYears } from './requirements';
import type { Role, Taxonomy } from './schema';
import { analyzeStructure } from './sections';
import { tokenize } from './tokenize';
import type { Analysis, Engine, Posting, SkillRef, UserSkill } from './types';

/** A first line that reads like a title ("Senior Data Engineer — Acme") when none was given. */
function titleFromText(text: string): string | null {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (first.length < 4 || first.length > 90 || /[.!?]$/.test(first) || first.split(/\s+/).length > 12) return null;
  return first.replace(/^#+\s*/, '').replace(/^(job title|title|position|role)\s*:\s*/i, '');
}

export function createEngine(taxonomy: Taxonomy, roles: readonly Role[]): Engine {
  const matcher = createMatcher(taxonomy);
  const index = matcher.index;
  const models = prepareRoles(roles);
  const searchable = taxonomy.skills.map((s) => ({
    ref: { id: s.id, name: s.name },
    keys: [s.name, ...s.aliases].map((a) => a.toLowerCase()),
  }));

  function analyze(posting: Posting, userSkills: readonly UserSkill[]): Analysis {
    const text = posting.text;
    const tokens = tokenize(text);
    const structure = analyzeStructure(text);
    const claims = findYears(text, structure.sentences);
    const skills = collectSkills(tokens, matcher, structure, claims);
    const askedClaims = claims.filter((c) => c.sentence.kind !== 'preferred' && c.sentence.cue !== 'preferred');
    const minYearsFrom = askedClaims.length > 0 ? askedClaims : claims;
    const minYears = minYearsFrom.length > 0 ? Math.min(...minYearsFrom.map((c) => c.min)) : null;
    const title = posting.title?.trim() || titleFromText(text);
    const degree = findDegree(text, structure.sentences);
    const seniority = findSeniority(title, text, minYears);
    const ranked = rankRoles(
      models,
      { skills, duties: indexDuties(text, structure.sentences), text, title, seniority, degree },
      index,
    );
    return {
      isJobPosting: looksLikePosting(text, structure, skills.length, claims.length),
      title,
      skills,
      roles: ranked,
      gap: computeGap(skills, resolveUserSkills(userSkills, index), index),
      seniority,
      minYears,
      degree,
    };
  }

  return {
    analyze,
    findMentions: (text) => matcher.findMentions(text),
    skill(id) {
      const s = index.skills.get(id);
      return s ? { id: s.id, name: s.name } : undefined;
    },
    searchSkills(query, limit = 8) {
      const q = query.trim().toLowerCase();
      if (q === '') return [];
      const scored: Array<{ ref: SkillRef; rank: number }> = [];
      for (const { ref, keys } of searchable) {
        let rank = Infinity;
        for (const k of keys) {
          // Exact alias first ("k8s" → Kubernetes), then prefixes, then word prefixes, then substrings.
          const r = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(` ${q}`) ? 2 : k.includes(q) ? 3 : Infinity;
          if (r < rank) rank = r;
        }
        if (rank < Infinity) scored.push({ ref, rank: rank * 1000 + ref.name.length });
      }
      return scored.sort((a, b) => a.rank - b.rank).slice(0, limit).map((s) => s.ref);
    },
  };
}
