import { LiveMessage } from './LiveMessage';
import type { OptionsMessage } from './options-state';

export interface Props {
  keepOnDevice: boolean;
  syncedCopy: boolean;
  message: OptionsMessage | null;
  onChange: (on: boolean) => void;
  onDeleteSynced: () => void;
}

/**
 * Where the skill list lives. By default the browser's extension sync carries it to the user's
 * other browsers (through the browser vendor's account, when sync is on); this keeps it here.
 */
export function SkillPlaceChoice({ keepOnDevice, syncedCopy, message, onChange, onDeleteSynced }: Props) {
  return (
    <div class="opt-in">
      <label class="check">
        <input type="checkbox" checked={keepOnDevice} onChange={(e) => onChange(e.currentTarget.checked)} data-testid="keep-on-device" />
        <span>Keep my skill list in this browser only</span>
      </label>
      <p class="muted">
        Off, your browser syncs the list to your other browsers through its own account, if you have sync turned on. On, changes
        stay here; the copy already in sync is left for your other browsers until you delete it.
      </p>
      {keepOnDevice && syncedCopy && (
        <button type="button" class="button" onClick={onDeleteSynced} data-testid="delete-synced">
          Delete the copy in browser sync
        </button>
      )}
      {keepOnDevice && syncedCopy && (
        <p class="muted">Your other browsers lose the list unless they keep it in the browser too.</p>
      )}
      <LiveMessage message={message} testId="place-message" />
    </div>
  );
}
