import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import type { UserSkill } from '../../src/core/types';
import type { PageState } from '../../src/messages';
import { entryFromState, rescoreEntry, upsertEntry, type HistoryEntry } from '../../src/storage/history-entry';
import { History } from '../../src/ui/History';
import type { HistoryRepo } from '../../src/ui/history-repo';
import { NO_FILTERS, filterEntries, historyCsv, topMissing } from '../../src/ui/history-model';
import { createHistoryState } from '../../src/ui/history-state';
import { HistoryApp } from '../../src/ui/HistoryApp';
import { memorySkills } from './helpers/fixtures';
import { click, installDom, mount, settle, text } from './helpers/dom';

installDom();
beforeEach(() => {
  document.body.innerHTML = '';
});

const engine = getBundledEngine();
const read = (name: string) => readFileSync(new URL(`../fixtures/postings/${name}.txt`, import.meta.url), 'utf8');

/** Postings of the fixture set as the background would have recorded them, a day apart. */
function recorded(names: string[], skills: UserSkill[] = []): HistoryEntry[] {
  let list: HistoryEntry[] = [];
  names.forEach((name, i) => {
    const url = `https://jobs.lever.co/acme/${name}`;
    const analysis = engine.analyze({ text: read(name), source: 'text' }, skills);
    const state: PageState = { kind: 'posting', posting: { url, source: 'lever', company: 'Acme' }, analysis };
    list = upsertEntry(list, entryFromState(state, new Date(Date.UTC(2026, 10, 1 + i)))!);
  });
  return list;
}

function memoryHistory(initial: HistoryEntry[]): HistoryRepo & { list: HistoryEntry[] } {
  const repo = {
    list: [...initial],
    get: async () => repo.list,
    watch: () => () => undefined,
    remove: async (key: string) => void (repo.list = repo.list.filter((e) => e.key !== key)),
    clear: async () => void (repo.list = []),
    rescore: async (gapOf: Parameters<HistoryRepo['rescore']>[0]) => (repo.list = repo.list.map((e) => rescoreEntry(e, gapOf))),
    isOn: async () => true,
    setOn: async () => undefined,
  };
  return repo;
}

const ML = ['ml-engineer', 'mlops-engineer', 'lead-ml-engineer', 'data-engineer', 'data-scientist'];

describe('the skills missing most often', () => {
  test('counted per posting, required and nice to have apart, most often first', () => {
    const list = recorded(ML);
    const top = topMissing(list);
    expect(top.length).toBeGreaterThan(3);
    const first = top[0]!;
    const inPostings = list.filter((e) => e.missingRequired.includes(first.id) || e.missingPreferred.includes(first.id)).length;
    expect(first.required + first.preferred).toBe(inPostings);
    expect(first.required).toBe(list.filter((e) => e.missingRequired.includes(first.id)).length);
    for (const [a, b] of top.slice(1).map((s, i) => [top[i]!, s] as const)) expect(a.required + a.preferred).toBeGreaterThanOrEqual(b.required + b.preferred);
  });

  test('reads "X — missing in N of M postings" and "I have this" raises every affected score', async () => {
    const history = memoryHistory(recorded(ML));
    const skills = memorySkills([]);
    const state = createHistoryState({ history, skills, engine: async () => engine, download: () => undefined, confirm: () => true });
    const m = await mount(<HistoryApp state={state} roles={[{ id: 'ml-engineer', title: 'Machine Learning Engineer' }, { id: 'ai-scientist', title: 'AI Scientist' }]} />);
    await settle();
    const line = text(m.all('[data-testid="top-missing-line"]')[0]!);
    expect(line).toMatch(/^.+ — missing in [2-5] of 5 postings$/);
    const name = line.split(' — ')[0]!;
    const before = new Map(history.list.map((e) => [e.key, e.score]));
    const affected = history.list.filter((e) => [...e.missingRequired, ...e.missingPreferred].some((id) => e.skills.find((s) => s.id === id)?.name === name));
    await click(m.all('[data-testid="top-missing-have"]')[0]!);
    await settle();
    expect(skills.list.map((s) => s.name)).toContain(name);
    for (const e of affected) expect(history.list.find((x) => x.key === e.key)!.score).toBeGreaterThan(before.get(e.key)!);
    expect(m.all('[data-testid="top-missing-line"]').map((el) => text(el).split(' — ')[0])).not.toContain(name);
  });
});

describe('the table', () => {
  test('filters by role, site, remote and pay; sorts by score', () => {
    const list = recorded(ML);
    const now = new Date('2026-11-10T00:00:00Z');
    const byScore = filterEntries(list, { ...NO_FILTERS, sort: 'score', descending: true }, now);
    expect(byScore.map((e) => e.score)).toEqual([...list.map((e) => e.score)].sort((a, b) => b - a));
    const role = list[0]!.roles[0]!.id;
    expect(filterEntries(list, { ...NO_FILTERS, role }, now).every((e) => e.roles[0]!.id === role)).toBe(true);
    const paid = { ...list[0]!, key: 'paid', salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' as const }, remote: 'remote' as const };
    const both = [...list, paid];
    const wellPaid = filterEntries(both, { ...NO_FILTERS, minPay: 190000 }, now);
    expect(wellPaid.map((e) => e.key)).toContain('paid');
    expect(wellPaid.every((e) => e.salary !== null && e.salary.max >= 190000)).toBe(true);
    expect(wellPaid.length).toBeLessThan(both.length);
    const remote = filterEntries(both, { ...NO_FILTERS, remote: 'remote' }, now);
    expect(remote.map((e) => e.key)).toContain('paid');
    expect(remote.every((e) => e.remote === 'remote')).toBe(true);
    expect(filterEntries(both, { ...NO_FILTERS, site: 'elsewhere.example' }, now)).toEqual([]);
    expect(filterEntries(both, { ...NO_FILTERS, days: 7 }, now).length).toBeLessThan(both.length);
  });

  test('page text stays text: a hostile title and location create no element', async () => {
    const [entry] = recorded(['data-engineer']);
    const hostile: HistoryEntry = {
      ...entry!,
      title: '<img src=x onerror="alert(1)">Data Engineer',
      company: '<script>steal()</script>',
      location: '<b>Berlin</b>',
      url: 'javascript:alert(1)',
    };
    const model = { loaded: true, entries: [hostile], skills: [], on: true, filters: NO_FILTERS, topRole: null, selected: [], notice: null };
    const noop = async () => undefined;
    const actions = { setFilters: () => undefined, setTopRole: () => undefined, toggleSelected: () => undefined, addSkill: noop, remove: noop, clear: noop, setOn: noop, exportCsv: () => undefined, exportJson: () => undefined };
    const m = await mount(<History model={model} actions={actions} roles={[]} />);
    expect(text(m.byTestId('history-title'))).toBe('<img src=x onerror="alert(1)">Data Engineer');
    expect(text(m.byTestId('history-facts'))).toContain('<b>Berlin</b>');
    expect(m.container.querySelector('img, script, b')).toBeNull();
    expect(m.byTestId('history-title')?.getAttribute('href')).toBeNull();
  });

  test('CSV export quotes page text and defuses formulas', () => {
    const [entry] = recorded(['data-analyst']);
    const csv = historyCsv([{ ...entry!, title: '=HYPERLINK("http://x","Data, Analyst")', company: 'Acme "Labs"' }]);
    const [header, row] = csv.split('\r\n');
    expect(header!.split(',')).toContain('missing_required');
    const start = `"'=HYPERLINK(""http://x"",""Data, Analyst"")","Acme ""Labs""",jobs.lever.co,https://jobs.lever.co/acme/data-analyst,`;
    expect(row!.slice(0, start.length)).toBe(start);
  });
});
