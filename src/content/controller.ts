import type { Analysis, Engine, Posting, UserSkill } from '../core/types';
import type { Message, PageState, ResponseOf } from '../messages';
import type { Detection } from '../page/detect';
import type { Highlighter } from '../page/highlight';
import { MAX_HIGHLIGHTS, MAX_TEXT_CHARS } from '../page/limits';
import { EMPTY_LIST_LABEL, STATUS_LABEL } from '../page/highlight-style';
import { compactAnalysis, shortText } from './compact';
import { EMPTY_NOT_ASKED, notAskedIds, notAskedKey, type NotAsked } from '../storage/not-asked-model';
import { debounce, type Timers } from './schedule';
import { meaningHash, statusMap } from './status';

/**
 * The content script's logic: detect → analyse → report → highlight, again when the page changes
 * under a single-page app or the skill list changes. Everything it touches comes in `deps`, so
 * tests drive it with a fake page and fake storage.
 */

export type { Detection };

export interface ContentDeps {
  doc: Document;
  /** The page's current URL (location.href). */
  url(): string;
  engine: Engine;
  detect(doc: Document, url: string): Detection;
  postingKey(url: string, doc: Document): string;
  highlighter: Highlighter;
  /**
   * content → background, with whether the skill list the state was scored against is empty.
   * Failures (background asleep, extension reloaded) are the caller's to ignore.
   */
  report(state: PageState, context: { skillListEmpty: boolean }): Promise<void>;
  timers: Timers;
  /** False once the extension was reloaded or a newer copy of the script took over. */
  isValid(): boolean;
  /**
   * Runs a later stage in a task of its own (the highlights after the analysis), so that no one
   * task holds the page's main thread for long. Without it (tests) stages run at once.
   */
  defer?(fn: () => void): void;
  /** Where a stage's failure is logged (console.warn in the page). */
  warn?(message: string, err: unknown): void;
}

export interface ContentController {
  /** Re-check soon (debounced); used for DOM mutations and URL changes. */
  schedule(): void;
  /** Re-check now. `force` re-analyses even if the posting did not change. */
  run(force?: boolean): void;
  setSkills(skills: readonly UserSkill[]): void;
  /** The "not asked here" marks changed: the gap, badge and highlights follow at once. */
  setNotAsked(marks: NotAsked): void;
  setHighlights(enabled: boolean): void;
  /** Whether a DOM change inside `node` can change the result. */
  isRelevant(node: Node): boolean;
  /** Whether the content script answers this message (others are for the background). */
  handles(message: Message): boolean;
  handle(message: Message): Promise<unknown>;
  readonly state: PageState | null;
}

interface Current {
  key: string;
  /** Hash of the posting text that was analysed. */
  hash: string;
  /** Hash of the root's raw textContent, a cheap "did anything change" check. */
  rootHash: string;
  root: Element | null;
  posting: Posting | null;
}

export const DEBOUNCE_MS = 300;
/**
 * A posting whose text keeps changing (a live counter, a carousel inside it, a page that
 * re-renders itself) is re-analysed at once the first time, then no sooner than 3 s, 6 s, … 30 s
 * after the previous analysis: like a page that keeps not being a posting.
 */
export const RESTLESS_FIRST_WAIT_MS = 3000;
export const MAX_WAIT_MS = 1500;
/** The longest a page that keeps not being a posting waits between re-checks on its own mutations. */
export const MAX_BACKOFF_MS = 30_000;

export function createContentController(deps: ContentDeps): ContentController {
  const { doc, engine, highlighter } = deps;
  let skills: readonly UserSkill[] = [];
  let marks: NotAsked = EMPTY_NOT_ASKED;
  const hiddenFor = (url: string | undefined, title: string | undefined) => notAskedIds(marks, notAskedKey(url, title));
  let state: PageState | null = null;
  let current: Current | null = null;
  /** Key of the page the user asked to analyse anyway (popup), so re-checks keep it. */
  let forcedKey: string | null = null;
  /**
   * A page that keeps not being a posting (a LinkedIn feed, a search list) keeps mutating: its
   * re-checks back off (1.5 s, 3 s, … 30 s) until the URL or the posting key changes.
   */
  let misses = 0;
  let lastCheck = 0;
  /** Re-analyses of the same posting because its text changed (see RESTLESS_FIRST_WAIT_MS). */
  let restless = 0;
  let lastAnalysis = 0;
  let retryTimer: number | undefined;
  /** Bumped by every analysis: a deferred stage of an older one does nothing. */
  let generation = 0;
  /** What the reading stage had to say about the current posting (text cut at the bound). */
  let readNotes: string[] = [];
  /** What the highlight stage had to say (limited, skipped). */
  let highlightNotes: string[] = [];

  const warn = (message: string, err: unknown) => (deps.warn ?? ((m, e) => console.warn(`[role-lens] ${m}`, e)))(message, err);

  const report = (next: PageState) => {
    state = next;
    try {
      deps.report(next, { skillListEmpty: skills.length === 0 }).catch(() => {
        // Background asleep or extension reloaded: the popup asks again through get-state.
      });
    } catch (err) {
      warn('could not report the result', err);
    }
  };

  const notesOf = () => [...readNotes, ...highlightNotes];

  /** The posting's result with the stage notes, re-reported when the highlight stage adds one. */
  const withNotes = (s: Extract<PageState, { kind: 'posting' }>): PageState => {
    const notes = notesOf();
    const { notes: _old, ...rest } = s;
    return notes.length ? { ...rest, notes } : rest;
  };

  const highlight = (root: Element | null, analysis: Analysis) => {
    const before = highlightNotes.join('\n');
    try {
      // JSON-LD postings whose description could not be located in the page: nothing to mark.
      if (!root) {
        highlighter.clear();
        highlightNotes = [];
      } else {
        const statuses = statusMap(analysis, skills);
        const names = new Map(analysis.skills.map((s) => [s.id, s.name]));
        const result = highlighter.apply(root, {
          // Only what the analysis counts as the posting's skills: not a word of the blurb ("robots",
          // "Industry 4.0"), the benefits or a team's name.
          // With the posting's company, as the analysis had it: the employer's own name ("Splunk"
          // in Splunk's posting) is no skill of the posting in the page either.
          findMentions: (text) => engine.findMentions(text, { askedOnly: true, company: current?.posting?.company }),
          statusOf: (id) => statuses.get(id) ?? 'mentioned',
          nameOf: (id) => engine.skill(id)?.name ?? names.get(id) ?? id,
          labels: skills.length === 0 ? EMPTY_LIST_LABEL : STATUS_LABEL,
        });
        highlightNotes = [];
        if (result.found > result.shown && result.shown >= MAX_HIGHLIGHTS) {
          highlightNotes.push(
            `Highlights were limited: the first ${result.shown.toLocaleString('en')} of ${result.found.toLocaleString('en')} skill mentions are marked in the page.`,
          );
        }
        if (result.truncated) highlightNotes.push(`Highlights were limited to the first ${MAX_TEXT_CHARS.toLocaleString('en')} characters of the posting.`);
      }
    } catch (err) {
      warn('highlights skipped', err);
      try {
        highlighter.clear();
      } catch {
        // Nothing more to undo.
      }
      highlightNotes = [`Highlights were skipped: ${errorText(err)}.`];
    }
    if (highlightNotes.join('\n') !== before && state?.kind === 'posting') report(withNotes(state));
  };

  /** Highlights in a task of their own (see `defer`), unless a newer analysis came in between. */
  const highlightLater = (root: Element | null, analysis: Analysis) => {
    const mine = generation;
    if (!deps.defer) return highlight(root, analysis);
    deps.defer(() => {
      if (mine === generation && deps.isValid()) highlight(root, analysis);
    });
  };

  const analyse = (key: string, posting: Posting, root: Element | null) => {
    const url = deps.url();
    generation++;
    lastAnalysis = deps.timers.now();
    current = { key, hash: meaningHash(posting.text), rootHash: rootHash(root), root, posting };
    // A huge page is not a huge posting: the first MAX_TEXT_CHARS characters are analysed.
    const bounded = posting.text.length > MAX_TEXT_CHARS ? { ...posting, text: posting.text.slice(0, MAX_TEXT_CHARS) } : posting;
    readNotes =
      posting.text.length >= MAX_TEXT_CHARS
        ? [`This page is very long: only its first ${MAX_TEXT_CHARS.toLocaleString('en')} characters were analysed.`]
        : [];
    let analysis: Analysis;
    try {
      analysis = compactAnalysis(engine.analyze(bounded, skills, hiddenFor(url, posting.title)));
    } catch (err) {
      warn('analysis failed', err);
      highlighter.clear();
      report({ kind: 'not-posting', reason: `Role Lens could not analyse this page: ${errorText(err)}.`, url });
      return;
    }
    highlightNotes = [];
    const info = { title: shortText(posting.title), company: shortText(posting.company), url, source: posting.source, validThrough: posting.validThrough };
    report(withNotes({ kind: 'posting', posting: info, analysis }));
    highlightLater(root, analysis);
  };

  /**
   * Whether a changed posting may be analysed again now. The first change is (a pane filled in
   * late); a posting that keeps changing waits longer each time, and is looked at again once the
   * wait is over.
   */
  const restlessWait = (): number => (restless === 0 ? 0 : Math.min(MAX_BACKOFF_MS, RESTLESS_FIRST_WAIT_MS * 2 ** (restless - 1)));
  const retryLater = (ms: number) => {
    if (retryTimer !== undefined) return;
    retryTimer = deps.timers.setTimeout(() => {
      retryTimer = undefined;
      scheduled.cancel();
      run(false);
    }, ms);
  };

  /** The whole page as a posting, for "analyse anyway". */
  const wholePage = (): { posting: Posting; root: Element } | null => {
    const root = doc.body;
    if (!root) return null;
    const text = (root.innerText ?? root.textContent ?? '').trim();
    if (!text) return null;
    return { root, posting: { text, title: doc.title || undefined, url: deps.url(), source: 'text' } };
  };

  const run = (force = false) => {
    if (!deps.isValid()) return;
    try {
      check(force);
    } catch (err) {
      // Reading the page failed (a detector met something it did not expect): the script stays
      // alive, answers the popup, and says why.
      warn('reading the page failed', err);
      report({ kind: 'not-posting', reason: `Role Lens could not read this page: ${errorText(err)}.`, url: deps.url() });
    }
  };

  const check = (force: boolean) => {
    const url = deps.url();
    const key = deps.postingKey(url, doc);
    if (forcedKey !== null && forcedKey !== key) forcedKey = null;

    // Fast path: same posting, same text in the same root: at most repaint stale highlights.
    if (!force && current?.root?.isConnected && current.key === key && rootHash(current.root) === current.rootHash) {
      if (highlighter.isStale() && state?.kind === 'posting') highlight(current.root, state.analysis);
      return;
    }

    let found: { posting: Posting; root: Element | null } | null = null;
    let reason = 'This page does not look like a job posting.';
    const detection = deps.detect(doc, url);
    if (detection.kind === 'posting') found = { posting: detection.posting, root: detection.root };
    else {
      reason = detection.reason;
      if (forcedKey === key) found = wholePage();
    }

    lastCheck = deps.timers.now();
    if (!found) {
      misses = current && current.key === key && !current.posting ? misses + 1 : 1;
      current = { key, hash: '', rootHash: '', root: null, posting: null };
      highlighter.clear();
      if (state?.kind !== 'not-posting' || state.url !== url || state.reason !== reason) {
        report({ kind: 'not-posting', reason, url });
      }
      return;
    }

    misses = 0;
    const hash = meaningHash(found.posting.text);
    if (!force && current && current.key === key && current.hash === hash && state?.kind === 'posting') {
      // Same posting re-rendered (new nodes, same words): redo the ranges, keep the result.
      // Cheap, and it cannot loop: highlights do not change the DOM.
      current = { ...current, root: found.root, rootHash: rootHash(found.root), posting: found.posting };
      highlight(found.root, state.analysis);
      return;
    }
    if (current?.key === key && current.posting && !force) {
      const now = deps.timers.now();
      // Quiet for long enough: the next change is a fresh one.
      if (restless > 0 && now - lastAnalysis > 2 * restlessWait()) restless = 0;
      const wait = restlessWait();
      if (now - lastAnalysis < wait) {
        retryLater(lastAnalysis + wait - now);
        return;
      }
      restless++;
    } else if (current?.key !== key) restless = 0;
    analyse(key, found.posting, found.root);
  };

  /** New skill list or marks, same posting: only the gap changes (no new tokenizing or ranking); badge and hover statuses update at once. */
  const regap = () => {
    if (current?.posting && state?.kind === 'posting') {
      try {
        const hidden = hiddenFor(state.posting.url, state.posting.title);
        const analysis = { ...state.analysis, gap: engine.gap(state.analysis.skills, skills, hidden) };
        report({ ...state, analysis });
        highlight(current.root, analysis);
      } catch (err) {
        warn('could not update the gap', err);
      }
    } else if (current?.posting) {
      try {
        analyse(current.key, current.posting, current.root);
      } catch (err) {
        warn('analysis failed', err);
      }
    }
  };

  const scheduled = debounce(() => run(false), DEBOUNCE_MS, MAX_WAIT_MS, deps.timers);

  const handle = async (message: Message): Promise<unknown> => {
    switch (message.type) {
      case 'get-state': {
        if (scheduled.pending || state === null) {
          scheduled.cancel();
          run(false);
        }
        return state satisfies ResponseOf<'get-state'>;
      }
      case 'analyze-anyway': {
        forcedKey = deps.postingKey(deps.url(), doc);
        scheduled.cancel();
        run(true);
        const result: ResponseOf<'analyze-anyway'> = state ?? { kind: 'not-posting', reason: 'The page has no text.', url: deps.url() };
        return result;
      }
      case 'reveal-skill': {
        const result: ResponseOf<'reveal-skill'> = { found: highlighter.reveal(message.skillId) };
        return result;
      }
      case 'get-posting-text': {
        const result: ResponseOf<'get-posting-text'> = current?.posting ? { text: current.posting.text } : null;
        return result;
      }
      case 'set-highlights': {
        highlighter.setEnabled(message.enabled);
        const result: ResponseOf<'set-highlights'> = { enabled: highlighter.enabled, supported: highlighter.supported };
        return result;
      }
      default:
        return undefined;
    }
  };
  const OURS = new Set<Message['type']>(['get-state', 'analyze-anyway', 'reveal-skill', 'set-highlights', 'get-posting-text']);

  return {
    schedule: scheduled,
    run: (force) => {
      scheduled.cancel();
      run(force);
    },
    setSkills(next) {
      skills = next;
      regap();
    },
    setNotAsked(next) {
      marks = next;
      regap();
    },
    setHighlights(enabled) {
      highlighter.setEnabled(enabled);
    },
    isRelevant(node) {
      // Not on a posting yet: anything may be the posting arriving (SPAs render late), but a
      // page that keeps not being one is re-checked less and less often (see `misses`).
      // A removed root shows up as disconnected; changes elsewhere (lists, toasts) do not matter,
      // and a new posting in a single-page app comes with a URL change, handled separately.
      if (!current?.root || !current.root.isConnected) {
        if (misses <= 1) return true;
        const wait = Math.min(MAX_BACKOFF_MS, MAX_WAIT_MS * 2 ** (misses - 1));
        return deps.timers.now() - lastCheck >= wait;
      }
      // A restless posting waiting out its back-off: the retry timer looks again when it is over.
      if (retryTimer !== undefined) return false;
      return current.root.contains(node);
    },
    handles: (message) => OURS.has(message.type),
    handle,
    get state() {
      return state;
    },
  };
}

/**
 * The "did anything change" fingerprint of a posting root, over the text that is read at most
 * (twice the bound, for markup text the reader skips) plus the whole length: hashing a 5 MB root
 * on every re-check would cost more than the analysis it saves.
 */
function rootHash(root: Element | null): string {
  const text = root?.textContent ?? '';
  return `${text.length}/${meaningHash(text.slice(0, 2 * MAX_TEXT_CHARS))}`;
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/[.\s]+$/, '').slice(0, 200) || 'unknown error';
}
