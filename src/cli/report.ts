import { formatFacts } from '../core/facts/format';
import type { AnalyzeResult } from './result';

/** "$145,000–$250,000 a year · Remote · Full-time · San Francisco, CA", or null. */
function factsLine(r: AnalyzeResult): string | null {
  const parts = formatFacts(r);
  return parts.length > 0 ? parts.join(' · ') : null;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const names = (list: ReadonlyArray<{ name: string }>) => (list.length ? list.map((s) => s.name).join(', ') : '—');

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
  out.push(wrap(`Missing, required (${r.gap.missingRequired.length}): ${names(r.gap.missingRequired)}`, '  '));
  out.push(wrap(`Missing, nice to have (${r.gap.missingPreferred.length}): ${names(r.gap.missingPreferred)}`, '  '));
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
