/**
 * Resolves once the document's HTML has been parsed: at once when it already has, else at
 * DOMContentLoaded. The background injects the content script while a posting is still being
 * parsed (src/background/inject.ts); the posting is read when all of its HTML is there.
 */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
