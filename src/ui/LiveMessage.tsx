import type { StatusMessage } from './stores/skill-list';

export interface Props {
  message: StatusMessage | null;
  testId: string;
}

/**
 * A status line that is always in the page, empty until there is something to say: screen
 * readers announce a change of an existing live region, not one that appears with its text.
 * An error is an alert (announced at once), anything else a polite status.
 */
export function LiveMessage({ message, testId }: Props) {
  return (
    <p
      class={message ? `message message--${message.tone}` : 'message message--empty'}
      role={message?.tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {message?.text ?? ''}
    </p>
  );
}
