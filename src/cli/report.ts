import { formatFacts } from '../core/facts/format';
import type { AnalyzeResult } from './result';

/** "$145,000–$250,000 a year · Remote · Full-time · San Francisco, CA", or null. */
function factsLine(r: AnalyzeResult): string | null {
  const parts = formatFacts(r);
  return parts.length > 0 ? parts.join(' · ') : null;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const names = (list: ReadonlyArray<{ name: string }>) => (list.length ? list.map((s) => s.name).join(', ') : '—');

/** Missing skills with alternatives folded into one entry: "one of EKS, ECS, AKS". */
function asks(list: ReadonlyArray<{ name: string; anyOf?: string[] }>): string[] {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const s of list) {
    if (!s.anyOf) {
      out.push(s.name);
      continue;
    }
    const key = s.anyOf.join('|');
    const names = groups.get(key);
    if (names) names.push(s.name);
    else {
      const fresh = [s.name];
      groups.set(key, fresh);
      out.push(key);
    }
  }
  return out.map((x) => {
    const g = groups.get(x);
    return g ? (g.length > 1 ? `one of ${g.join(' / ')}` : `${g[0]!} or similar`) : x;
  });
}
const askNames = (list: ReadonlyArray<{ name: string; anyOf?: string[] }>) => {
  const a = asks(list);
  return { count: a.length, text: a.length ? a.join(', ') : '—' };
};

function wrap(text: string, indent: string, width = 96): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The human-readable report of one analysis: what the popup shows, as text. */
export function formatReport(r: AnalyzeResult, source: string): string {
  const out: string[] = [];
  const head = [r.title ?? '(untitled)', r.company ? `at ${r.company}` : ''].filter(Boolean).join(' ');
  out.push(`${head}  [${source}]`);
  const asks = [
    `job posting: ${r.isJobPosting ? 'yes' : 'no'}`,
    `seniority: ${r.seniority ?? '—'}`,
    `experience: ${r.minYears !== null ? `${r.minYears}+ years` : '—'}`,
    `degree: ${r.degree ?? '—'}`,
  ];
  out.push(asks.join(' · '));
  const facts = factsLine(r);
  if (facts) out.push(facts);
  if (r.note) out.push(`note: ${r.note}`);
  out.push('', 'Closest roles');
  r.roles.slice(0, 3).forEach((role, i) => {
    out.push(`  ${i + 1}. ${role.title.padEnd(34)} ${pct(role.score).padStart(4)}`);
    for (const reason of role.reasons) out.push(wrap(reason, '       '));
  });
  out.push('', `Your match: ${pct(r.gap.score)}`);
  const req = askNames(r.gap.missingRequired);
  const pref = askNames(r.gap.missingPreferred);
  out.push(wrap(`Missing, required (${req.count}): ${req.text}`, '  '));
  out.push(wrap(`Missing, nice to have (${pref.count}): ${pref.text}`, '  '));
  if (r.gap.probablyCovered.length) {
    out.push(wrap(`Probably covered (${r.gap.probablyCovered.length}): ${r.gap.probablyCovered.map((s) => `${s.name} (by ${s.via.name})`).join(', ')}`, '  '));
  }
  if (r.gap.missingSoft.length) out.push(wrap(`Also asks for: ${names(r.gap.missingSoft)}`, '  '));
  if (r.gap.related.length) {
    out.push(wrap(`Related (${r.gap.related.length}): ${r.gap.related.map((s) => `${s.name} (you have ${s.via.name})`).join(', ')}`, '  '));
  }
  out.push(wrap(`You have (${r.gap.matched.length}): ${names(r.gap.matched)}`, '  '));
  out.push('', `Skills in the posting (${r.skills.length})`);
  for (const importance of ['required', 'preferred', 'mentioned'] as const) {
    const group = r.skills.filter((s) => s.importance === importance);
    if (!group.length) continue;
    const items = group.map((s) => `${s.name}${s.years ? ` (${s.years}+ yrs)` : ''}${s.mentions.length > 1 ? ` ×${s.mentions.length}` : ''}`);
    out.push(wrap(`${importance}: ${items.join(', ')}`, '  '));
  }
  return out.join('\n');
}
