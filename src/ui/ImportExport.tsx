import { LiveMessage } from './LiveMessage';
import type { OptionsActions, OptionsMessage } from './options-state';

export interface Props {
  count: number;
  message: OptionsMessage | null;
  actions: Pick<OptionsActions, 'exportList' | 'importText'>;
}

/** Download the list as JSON; import a file (checked first: a bad file changes nothing). */
export function ImportExport({ count, message, actions }: Props) {
  return (
    <div class="files">
      <div class="row">
        <button type="button" class="button" onClick={() => actions.exportList()} disabled={count === 0} data-testid="export">
          Export my skills
        </button>
        <label class="button file-button">
          Import a file…
          <input
            type="file"
            accept=".csv,text/csv,.json,application/json"
            class="visually-hidden"
            data-testid="import-file"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              await actions.importText(await file.text(), file.name);
              input.value = ''; // choosing the same file again fires change again
            }}
          />
        </label>
      </div>
      <p class="muted">Imports LinkedIn’s Skills.csv (from “Get a copy of your data”), our own export, or a JSON list of skill names. Imported skills are added to your list.</p>
      <LiveMessage message={message} testId="file-message" />
    </div>
  );
}
