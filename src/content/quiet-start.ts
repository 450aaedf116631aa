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
  override(win, 'postMessage', function (this: Window, ...args: Parameters<Window['postMessage']>) {
    if (isAnnouncement(args[0])) return;
    return post.apply(win, args as Parameters<typeof post>);
  } as Window['postMessage']);
  override(doc, 'dispatchEvent', function (this: Document, event: Event) {
    if (isAnnouncement(event.type)) return true;
    return dispatch.call(doc, event);
  });
  override(doc, 'addEventListener', function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    if (isAnnouncement(args[0])) return;
    return listen.apply(doc, args);
  } as Document['addEventListener']);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    // Own properties shadowing the prototype's: deleting them restores the originals exactly.
    restoreProperty(win, 'postMessage', post);
    restoreProperty(doc, 'dispatchEvent', dispatch);
    restoreProperty(doc, 'addEventListener', listen);
  };
}

/**
 * An own, configurable property shadowing the original. Defined rather than assigned: in
 * Firefox's isolated world `window.postMessage` (a method of the [Global] window itself, not of
 * its prototype) is read-only and non-configurable, and the plain assignment and `delete` threw
 * and stopped the content script.
 */
function override<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  try {
    Object.defineProperty(target, key, { value, configurable: true, writable: true });
  } catch {
    // Not overridable here: the announcement then goes out, as it would without this module.
  }
}

/** Deletes our override, or puts the original back where it can't be deleted. */
function restoreProperty<T extends object, K extends keyof T>(target: T, key: K, original: T[K]): void {
  try {
    delete target[key];
  } catch {
    // Non-configurable: assigned back below.
  }
  if (target[key] === original) return;
  try {
    Object.defineProperty(target, key, { value: original, configurable: true, writable: true });
  } catch {
    // Nothing to restore: the override never took.
  }
}
