import { describe, expect, test } from 'vitest';
import { documentParsed } from '../../src/content/document-parsed';

/** A document being parsed, which the test finishes as a browser does: readyState, then DOMContentLoaded. */
function parsingDocument() {
  const events = new EventTarget();
  const doc = Object.assign(events, { readyState: 'loading' as DocumentReadyState });
  return {
    doc: doc as unknown as Document,
    finish() {
      doc.readyState = 'interactive';
      events.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

describe('documentParsed', () => {
  test('waits for a document still being parsed', async () => {
    const page = parsingDocument();
    let parsed = false;
    const done = documentParsed(page.doc).then(() => void (parsed = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(parsed).toBe(false);
    page.finish();
    await done;
    expect(parsed).toBe(true);
  });

  test('a parsed document (interactive or complete) goes on at once', async () => {
    for (const readyState of ['interactive', 'complete'] as const) {
      await expect(documentParsed({ readyState } as Document)).resolves.toBeUndefined();
    }
  });
});
