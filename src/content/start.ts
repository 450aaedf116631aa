import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getBundledEngine, lazyBundledEngine } from '../bundled-engine';
import { CONTENT_SCRIPT_MARKER } from '../extension-contract';
import { parseMessage, sendToBackground, type PageState } from '../messages';
import { detectPosting } from '../page/detect';
import { createHighlighter, type Highlighter } from '../page/highlight';
import { postingKey } from '../page/posting-key';
import { DEFAULT_SETTINGS, getSettingsReadOnly, getSkillsReadOnly, watchSettingsReadOnly, watchSkillsReadOnly } from '../storage/items';
import { getNotAskedReadOnly, watchNotAskedReadOnly } from '../storage/not-asked';
import { EMPTY_NOT_ASKED } from '../storage/not-asked-model';
import { createContentController, type ContentController } from './controller';
import { documentParsed } from './document-parsed';
import { isClaimedPostingUrl } from './posting-url';
import { watchUrl } from './url-watch';

/**
 * Wires the controller to the page and the extension: storage, messages, URL changes of
 * single-page sites, DOM changes of the posting area. Everything registered here is released
 * through `ctx` when the extension reloads or a newer copy of this script is injected.
 */

// One running copy per page: the popup may inject the script where it already runs. WXT's own
// mechanism for this announces itself to the page (see ./quiet-start.ts), so an isolated-world
// global (invisible to page scripts) stops the older copy instead, before we start.
const RUNNING = Symbol.for(CONTENT_SCRIPT_MARKER);
type WithRunning = typeof globalThis & { [RUNNING]?: { stop(): void } };

export async function startContent(ctx: ContentScriptContext): Promise<ContentController | null> {
  const g = globalThis as WithRunning;
  g[RUNNING]?.stop();
  const me = { stop: () => ctx.abort('replaced by a newer copy') };
  g[RUNNING] = me;
  ctx.onInvalidated(() => {
    if (g[RUNNING] === me) delete g[RUNNING];
  });

  const engine = lazyBundledEngine();
  const highlighter = createHighlighter(window, ctx.signal);

  const controller = createContentController({
    doc: document,
    url: () => location.href,
    engine,
    detect: (doc, url) => detectPosting(doc, url, { countSkills: (text: string) => engine.findMentions(text).length }),
    postingKey,
    highlighter,
    report: async (state: PageState, { skillListEmpty }) => {
      await sendToBackground(browser, { type: 'page-state', state, skillListEmpty });
    },
    timers: {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => Date.now(),
    },
    isValid: () => ctx.isValid,
    // A task of its own for the highlights, after the analysis (a macrotask, so the page can
    // paint and handle input in between).
    defer: (fn) => void ctx.setTimeout(fn, 0),
  });

  // Listening before the skill list is read, so the popup never finds "no content script"
  // during start-up; its questions wait until the first analysis uses the real list.
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    if (!message || !controller.handles(message)) return undefined;
    return ready.then(() => controller.handle(message));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // Readiness never depends on a stage: whatever fails below (storage unreadable, the first
  // analysis throwing), the popup's questions get an answer.
  try {
    await wire(ctx, controller, highlighter);
  } catch (err) {
    if (ctx.isValid) console.warn('[role-lens] content script start-up', err);
  } finally {
    markReady();
  }
  return ctx.isInvalid ? null : controller;
}

async function wire(ctx: ContentScriptContext, controller: ContentController, highlighter: Highlighter): Promise<void> {
  // Read-only: the options page and popup repair damaged data; many tabs at once must not. (The
  // read-only functions rather than the `readOnly` option: the repair code stays out of this bundle.)
  const reads = Promise.all([
    getSkillsReadOnly().catch((err: unknown) => {
      console.warn('[role-lens] skill list unreadable, analysing without it', err);
      return [];
    }),
    getSettingsReadOnly().catch(() => DEFAULT_SETTINGS),
    getNotAskedReadOnly().catch(() => EMPTY_NOT_ASKED),
  ]);
  // On a job site's posting address the engine is needed at once: it unpacks (a task of a few
  // ms) while storage answers and the page is still parsed, instead of after. Elsewhere (the
  // all-sites opt-in, the popup's on-demand injection) it waits until the page looks like a
  // posting.
  if (isClaimedPostingUrl(location.href)) {
    try {
      getBundledEngine();
    } catch (err) {
      console.warn('[role-lens] engine unavailable', err);
    }
  }
  const [skills, settings, marks] = await reads;
  if (ctx.isInvalid) return;
  controller.setNotAsked(marks);
  controller.setSkills(skills);
  highlighter.setEnabled(settings.highlights);
  highlighter.setColourful(settings.colourHighlights);
  ctx.onInvalidated(watchSkillsReadOnly((next) => ctx.isValid && controller.setSkills(next)));
  ctx.onInvalidated(watchNotAskedReadOnly((next) => ctx.isValid && controller.setNotAsked(next)));
  ctx.onInvalidated(
    watchSettingsReadOnly((next) => {
      if (!ctx.isValid) return;
      highlighter.setColourful(next.colourHighlights);
      controller.setHighlights(next.highlights);
    }),
  );

  // Injected as the posting's navigation commits: the page is read once its HTML is all there.
  await documentParsed(document);
  if (ctx.isInvalid) return;

  // LinkedIn's two-pane search changes `currentJobId`, Indeed's `vjk`, without a page load.
  // Not `wxt:locationchange`: WXT dispatches that into the page (see ./url-watch.ts).
  watchUrl(window, ctx.signal, () => controller.schedule());

  // The posting area re-rendering (or arriving late). Our highlights and the hover label never
  // show up here: highlights are not DOM, and the label's host hangs off <html>, not <body>.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => controller.isRelevant(r.target))) controller.schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  controller.run();
  // A posting in a same-origin frame (iCIMS's shell page, see src/page/detect.ts) is readable
  // only once the frame has loaded, and changes in it are not this document's mutations: look
  // again at the load event (unchanged, the check costs a hash of the posting's text).
  if (document.readyState !== 'complete') window.addEventListener('load', () => controller.run(), { once: true, signal: ctx.signal });
}
