/**
 * WXT's ContentScriptContext announces every start to the page it runs in:
 * `window.postMessage({ type: '<extension id>:content:wxt:content-script-started', … }, '*')`
 * and a CustomEvent of that name on `document`, so that an older copy of the script can stop.
 * Any page script listening to `message` events reads the extension's id from it: the page could
 * tell that Role Lens is installed. We stop older copies ourselves (src/content/start.ts, through
 * a global of our isolated world), so the announcement is dropped.
 *
 * WXT also listens on `document` for that event from newer copies; a page script could dispatch
 * it (the id is public) and stop the script. That listener is never registered either.
 *
 * The override lives in the content script's isolated world only (page scripts keep their own
 * `postMessage`), and only for the moment WXT builds the context: `muteWxtAnnouncement()` runs
 * when the entrypoint module is evaluated, just before WXT's wrapper creates the context, and
 * `restore()` runs first thing in `main`.
 */
const ANNOUNCEMENT = /:wxt:content-script-started$/;

function isAnnouncement(value: unknown): boolean {
  if (typeof value === 'string') return ANNOUNCEMENT.test(value);
  if (value && typeof value === 'object' && 'type' in value) return typeof value.type === 'string' && ANNOUNCEMENT.test(value.type);
  return false;
}

export function muteWxtAnnouncement(win: Window, doc: Document): () => void {
  const post = win.postMessage;
  const dispatch = doc.dispatchEvent;
  const listen = doc.addEventListener;
  win.postMessage = function (this: Window, ...args: Parameters<Window['postMessage']>) {
    if (isAnnouncement(args[0])) return;
    return post.apply(win, args as Parameters<typeof post>);
  } as Window['postMessage'];
  doc.dispatchEvent = function (this: Document, event: Event) {
    if (isAnnouncement(event.type)) return true;
    return dispatch.call(doc, event);
  };
  doc.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    if (isAnnouncement(args[0])) return;
    return listen.apply(doc, args);
  } as Document['addEventListener'];
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    // Own properties shadowing the prototype's: deleting them restores the originals exactly.
    delete (win as Partial<Window>).postMessage;
    delete (doc as Partial<Document>).dispatchEvent;
    delete (doc as Partial<Document>).addEventListener;
  };
}
