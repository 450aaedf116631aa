import { HistoryCompare } from './HistoryCompare';
import { HistoryFilters } from './HistoryFilters';
import { HistoryRolePicker } from './HistoryRolePicker';
import type { HistoryActions, HistoryModel } from './history-state';
import { HistoryTable } from './HistoryTable';
import { HistoryTopSkills } from './HistoryTopSkills';
import { facets, filterEntries } from './history-model';
import { Notice } from './Notice';
import { HISTORY_LIMIT } from '../storage/history-entry';

export interface Props {
  model: HistoryModel;
  actions: HistoryActions;
  roles: ReadonlyArray<{ id: string; title: string }>;
  now?: Date;
}

/** postings.html: the postings read, the skills missing most often, and comparisons. */
export function History({ model, actions, roles, now = new Date() }: Props) {
  const rows = filterEntries(model.entries, model.filters, now);
  const compared = model.selected.map((k) => model.entries.find((e) => e.key === k)).filter((e) => e !== undefined);
  const common = facets(model.entries).roles.map((r) => r.id);
  const initial: [string, string] = [common[0] ?? 'lead-ml-engineer', common[1] ?? (common[0] === 'ai-scientist' ? 'lead-ml-engineer' : 'ai-scientist')];
  return (
    <main class="history">
      <header class="history__header">
        <h1>Postings you have read</h1>
        <p class="muted" data-testid="history-where">
          Kept in this browser only (the extension’s local storage, never synced), up to {HISTORY_LIMIT.toLocaleString('en-US')} postings: the
          ones seen longest ago are dropped first.
        </p>
        <div class="row">
          <label class="row">
            <input type="checkbox" checked={model.on} onChange={(e) => void actions.setOn(e.currentTarget.checked)} data-testid="history-on" />
            Keep a history of the postings I read
          </label>
          <a href="options.html" target="_blank" rel="noopener">
            Edit my skills ({model.skills.length})
          </a>
          <button type="button" class="button" onClick={actions.exportCsv} disabled={model.entries.length === 0} data-testid="export-csv">
            Export CSV
          </button>
          <button type="button" class="button" onClick={actions.exportJson} disabled={model.entries.length === 0} data-testid="export-json">
            Export JSON
          </button>
          <button type="button" class="button button--danger" onClick={() => void actions.clear()} disabled={model.entries.length === 0} data-testid="history-clear">
            Clear all
          </button>
        </div>
      </header>
      <Notice text={model.notice} />
      {model.loaded && model.entries.length === 0 ? (
        <p class="card" data-testid="history-empty">
          {model.on ? 'No postings yet. Open a job posting and it will be listed here.' : 'The history is off: postings you read are not kept.'}
        </p>
      ) : (
        <>
          <HistoryTopSkills entries={model.entries} roleId={model.topRole} pending={false} onRole={actions.setTopRole} onHave={(s) => void actions.addSkill(s)} />
          <HistoryCompare entries={compared} />
          <section class="card">
            <h2>
              Postings <span class="count">{rows.length === model.entries.length ? rows.length : `${rows.length} of ${model.entries.length}`}</span>
            </h2>
            <p class="muted">Tick two or three postings to see them side by side.</p>
            <HistoryFilters entries={model.entries} filters={model.filters} onChange={actions.setFilters} />
            <HistoryTable
              rows={rows}
              filters={model.filters}
              selected={model.selected}
              onSort={(sort, descending) => actions.setFilters({ sort, descending })}
              onSelect={actions.toggleSelected}
              onDelete={(key) => void actions.remove(key)}
            />
          </section>
        </>
      )}
      <HistoryRolePicker key={initial.join()} roles={roles} initial={initial} />
    </main>
  );
}
