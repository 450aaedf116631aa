import { readFileSync } from 'node:fs';
import { analyzeStructure, sentenceAt } from '../../src/core/sections';
import type { SkillIndex } from '../../src/core/skill-index';
import type { Analysis, Engine } from '../../src/core/types';
import { ASKED_LABEL_MAP } from './asked-label-map';

/**
 * The gap as a user judges it: for each posting labelled by people who read it blind to the
 * product (../shared/data/asked, GUIDE.md there), the engine runs with the posting's title and an
 * empty skill list, so every skill it asks for is listed as missing.
 *
 * - Precision: of the skills listed missing (required or preferred), the share the labels name
 *   anywhere in that posting (required, preferred, duties or soft).
 * - Recall: of the labelled required and preferred skills, the share listed missing; over the
 *   labels that resolve to the taxonomy, and over all labels.
 * - Agreement: of the labelled required/preferred skills found, the share under the same heading.
 *
 * Labels resolve through the taxonomy's names and aliases, then the reviewed map
 * (asked-label-map.ts). A label matches the same skill id only: "Machine learning frameworks"
 * is the group, not PyTorch, and a predicted group ("Databases") is not the products the labels
 * name. A parent listed beside its children is exactly the duplicate chip a user sees, so it
 * counts as a false positive.
 */

export interface AskedLabels {
  id: string;
  required: string[];
  preferred: string[];
  duties: string[];
  soft: string[];
  alternatives?: string[][];
}

interface PostingRow {
  id: string;
  title: string;
  description: string;
}

export type Mode = 'as-today' | 'hard-only';

export interface AskedFigures {
  listed: number;
  truePositives: number;
  precision: number;
  labelled: number;
  resolved: number;
  found: number;
  recallResolved: number;
  recallAll: number;
  agreed: number;
  agreement: number;
}

export interface AskedReport {
  postings: number;
  figures: Record<Mode, AskedFigures>;
  unresolved: Array<{ label: string; count: number }>;
  falsePositives: Array<{ posting: string; skill: string; importance: string; sentence: string }>;
  misses: Array<{ posting: string; label: string; heading: string; resolvedTo: string | null }>;
  swapped: Array<{ posting: string; skill: string; labelled: string; listed: string }>;
}

export function readAskedLabels(file: string): AskedLabels[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AskedLabels);
}

export function readPostingsById(file: string): Map<string, PostingRow> {
  const out = new Map<string, PostingRow>();
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (!l) continue;
    const p = JSON.parse(l) as PostingRow;
    out.set(p.id, p);
  }
  return out;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A label's taxonomy id: names and aliases first, a plural's singular, then the reviewed map first when it has the label; null when none. */
export function resolveLabel(label: string, index: SkillIndex): string | null {
  const key = norm(label);
  const mapped = ASKED_LABEL_MAP[key];
  if (mapped !== undefined) return mapped;
  const direct = index.byAlias.get(key);
  if (direct) return direct;
  if (key.endsWith('s')) {
    const singular = index.byAlias.get(key.slice(0, -1));
    if (singular) return singular;
  }
  return null;
}

function sentenceOf(text: string, start: number): string {
  const s = sentenceAt(analyzeStructure(text).sentences, start);
  const body = s ? text.slice(s.start, s.end) : text.slice(Math.max(0, start - 60), start + 60);
  return body.replace(/\s+/g, ' ').trim().slice(0, 180);
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * Each skill the gap lists missing, under the heading it is scored against: required, then
 * preferred. Soft skills (issue 8, item 3) are listed apart, under no heading, and count in "as
 * today" under the importance the engine read for them.
 */
export function listedHeadings(a: Analysis): Map<string, 'required' | 'preferred'> {
  const listed = new Map<string, 'required' | 'preferred'>();
  for (const s of a.gap.missingRequired) listed.set(s.id, 'required');
  const softHeading = (id: string) => (a.skills.find((s) => s.id === id)?.importance === 'preferred' ? 'preferred' : 'required');
  for (const s of a.gap.missingSoft ?? []) if (!listed.has(s.id)) listed.set(s.id, softHeading(s.id));
  for (const s of a.gap.missingPreferred) if (!listed.has(s.id)) listed.set(s.id, 'preferred');
  return listed;
}

/** Runs the engine on every labelled posting and scores its missing lists against the labels. */
export function scoreAsked(engine: Engine, index: SkillIndex, labels: readonly AskedLabels[], postings: ReadonlyMap<string, PostingRow>): AskedReport {
  const counts: Record<Mode, { listed: number; tp: number; labelled: number; resolved: number; found: number; agreed: number }> = {
    'as-today': { listed: 0, tp: 0, labelled: 0, resolved: 0, found: 0, agreed: 0 },
    'hard-only': { listed: 0, tp: 0, labelled: 0, resolved: 0, found: 0, agreed: 0 },
  };
  const unresolved = new Map<string, number>();
  const report: AskedReport = { postings: 0, figures: {} as Record<Mode, AskedFigures>, unresolved: [], falsePositives: [], misses: [], swapped: [] };
  const isSoft = (id: string) => index.skills.get(id)?.category === 'soft-skill';

  for (const l of labels) {
    const p = postings.get(l.id);
    if (!p) continue;
    report.postings++;
    const a = engine.analyze({ title: p.title, text: p.description, source: 'eval' }, []);
    let askedMentions: ReturnType<Engine['findMentions']> | undefined;
    const listed = listedHeadings(a);

    const anywhere = new Set<string>();
    for (const label of [...l.required, ...l.preferred, ...l.duties, ...l.soft]) {
      const id = resolveLabel(label, index);
      if (id) anywhere.add(id);
      else unresolved.set(label, (unresolved.get(label) ?? 0) + 1);
    }

    for (const mode of ['as-today', 'hard-only'] as const) {
      const c = counts[mode];
      for (const [id, heading] of listed) {
        if (mode === 'hard-only' && isSoft(id)) continue;
        c.listed++;
        if (anywhere.has(id)) {
          c.tp++;
          continue;
        }
        if (mode !== 'as-today') continue;
        const hit = a.skills.find((s) => s.id === id);
        // The sentence that asks it, not its first mention (often the blurb's, which asks nothing).
        const asking = askedMentions ??= engine.findMentions(p.description, { askedOnly: true });
        const span = asking.find((m) => m.skillId === id)?.span ?? hit?.mentions[0];
        report.falsePositives.push({ posting: l.id, skill: `${hit?.name ?? id}${span ? ` "${span.text}"` : ''}`, importance: heading, sentence: sentenceOf(p.description, span?.start ?? 0) });
      }
      const asked: Array<[string, 'required' | 'preferred']> = [
        ...l.required.map((x): [string, 'required'] => [x, 'required']),
        ...l.preferred.map((x): [string, 'preferred'] => [x, 'preferred']),
      ];
      for (const [label, heading] of asked) {
        const id = resolveLabel(label, index);
        if (mode === 'hard-only' && id && isSoft(id)) continue;
        c.labelled++;
        if (id) c.resolved++;
        const got = id ? listed.get(id) : undefined;
        if (!got) {
          if (mode === 'as-today') report.misses.push({ posting: l.id, label, heading, resolvedTo: id });
          continue;
        }
        c.found++;
        if (got === heading) c.agreed++;
        else if (mode === 'as-today') report.swapped.push({ posting: l.id, skill: label, labelled: heading, listed: got });
      }
    }
  }

  for (const mode of ['as-today', 'hard-only'] as const) {
    const c = counts[mode];
    report.figures[mode] = {
      listed: c.listed,
      truePositives: c.tp,
      precision: ratio(c.tp, c.listed),
      labelled: c.labelled,
      resolved: c.resolved,
      found: c.found,
      recallResolved: ratio(c.found, c.resolved),
      recallAll: ratio(c.found, c.labelled),
      agreed: c.agreed,
      agreement: ratio(c.agreed, c.found),
    };
  }
  report.unresolved = [...unresolved].map(([label, count]) => ({ label, count })).sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
  return report;
}
