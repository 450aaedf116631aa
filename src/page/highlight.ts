import { collectText, rangeFor } from './highlight-text';
import {
  STATUSES,
  STATUS_LABEL,
  highlightCss,
  paletteFor,
  randomNames,
  type HighlightNames,
  type HighlightStatus,
} from './highlight-style';
import { createTooltip } from './highlight-tooltip';
import { MAX_HIGHLIGHTS, MAX_TEXT_CHARS } from './limits';

/**
 * Skill highlights in the page with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and painted by `::highlight()` rules. The page's DOM is never changed (no
 * wrapping `<mark>`s, no attributes), so the page's layout, listeners and frameworks are
 * unaffected, and removing the highlights is exact.
 *
 * Without the API (Firefox before 140, old Chromium) nothing is drawn in the page: wrapping text
 * in elements would change the page's DOM under its framework, and an overlay would have to
 * follow every scroll and reflow. The badge and the popup still work; `supported` tells the
 * popup why there are no highlights.
 *
 * What a page script can still observe (documented trade-off): that `CSS.highlights` has entries
 * (their names are random per run and say nothing), the ranges of those entries (which words of
 * its own text are skills), the adopted stylesheet, and an attribute-less element in the DOM
 * while the hover label is shown. By default every skill has one look, so none of that says
 * which skills the user has; the status is in the hover label, inside a closed shadow root. With
 * colours by status switched on (the user's choice, with this explained in the options), the
 * grouping of ranges and the stylesheet's colours do tell the page which of its skills the user
 * has.
 */

export interface Mention {
  skillId: string;
  span: { start: number; end: number };
}

export interface HighlightOptions {
  findMentions(text: string): Mention[];
  statusOf(skillId: string): HighlightStatus;
  nameOf(skillId: string): string;
  /** The tooltip's word for a status (default STATUS_LABEL; EMPTY_LIST_LABEL while the list is empty). */
  labels?: Record<HighlightStatus, string>;
}

export interface HighlightEntry {
  skillId: string;
  status: HighlightStatus;
  range: Range;
}

/** What `apply` did: `shown` ranges of `found` mentions; `truncated` when the text read was cut. */
export interface HighlightResult {
  shown: number;
  found: number;
  truncated: boolean;
}

export interface Highlighter {
  /** False when the browser lacks the CSS Custom Highlight API. */
  readonly supported: boolean;
  readonly enabled: boolean;
  /**
   * Replace every highlight with the mentions found in `root`: at most MAX_HIGHLIGHTS of them,
   * in the first MAX_TEXT_CHARS characters.
   */
  apply(root: Element, options: HighlightOptions): HighlightResult;
  /** Forget every range (the page is no longer a posting). */
  clear(): void;
  /** Show or hide the highlights; hidden means removed from `CSS.highlights`. */
  setEnabled(enabled: boolean): void;
  /**
   * Colour by status (have / missing required / missing preferred), or one neutral look for all
   * skills (the default: page scripts can read the registry and the colours, so colours would tell
   * the page which of its skills the user has; the status then shows only in the hover label).
   */
  setColourful(colourful: boolean): void;
  /** Scroll to the first mention of a skill and flash it. False if the page does not mention it. */
  reveal(skillId: string): boolean;
  /** True when the page re-rendered under the highlights (a range's text node left the document). */
  isStale(): boolean;
  entries(): readonly HighlightEntry[];
  /** Remove everything: highlights, stylesheet, label, listeners. */
  destroy(): void;
}

type HighlightWindow = Window &
  typeof globalThis & {
    Highlight?: typeof Highlight;
  };

export function highlightSupported(win: HighlightWindow): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createHighlighter(win: HighlightWindow, signal: AbortSignal): Highlighter {
  const doc = win.document;
  const supported = highlightSupported(win);
  let names: HighlightNames = randomNames();
  const tooltip = createTooltip(doc);
  let enabled = true;
  let colourful = false;
  let entries: HighlightEntry[] = [];
  let root: Element | null = null;
  let nameOf: (id: string) => string = (id) => id;
  let labels: Record<HighlightStatus, string> = STATUS_LABEL;
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  let flashTimer: number | undefined;
  let destroyed = false;

  const registry = (): HighlightRegistry | null => (supported ? win.CSS.highlights : null);

  const setCss = (css: string) => {
    if (sheet || styleEl) {
      if (sheet) sheet.replaceSync(css);
      if (styleEl) styleEl.textContent = css;
      return;
    }
    try {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // Constructed sheets unavailable from this content-script world: a <style> without id or
      // class; its text only names the random highlight names.
      sheet = null;
      styleEl = doc.createElement('style');
      styleEl.textContent = css;
      (doc.head ?? doc.documentElement).append(styleEl);
    }
  };

  const removeCss = () => {
    if (sheet) {
      const mine = sheet;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine);
      sheet = null;
    }
    styleEl?.remove();
    styleEl = null;
  };

  const unregister = () => {
    const reg = registry();
    if (!reg) return;
    for (const status of STATUSES) reg.delete(names[status]);
    reg.delete(names.neutral);
    reg.delete(names.flash);
  };

  let css = '';
  let palette: ReturnType<typeof paletteFor> = 'light';
  const paint = () => {
    const reg = registry();
    if (!reg) return;
    unregister();
    if (!enabled || entries.length === 0) {
      // Switched off means gone: no registry entries and no stylesheet left behind.
      removeCss();
      return;
    }
    setCss(css);
    if (!colourful) {
      reg.set(names.neutral, highlightOf(entries.map((e) => e.range)));
      return;
    }
    for (const status of STATUSES) {
      const ranges = entries.filter((e) => e.status === status).map((e) => e.range);
      if (ranges.length) reg.set(names[status], highlightOf(ranges));
    }
  };

  /** Ranges added one by one: `new Highlight(...ranges)` overflows the stack past ~65,000 arguments. */
  const highlightOf = (ranges: readonly Range[]): Highlight => {
    const h = new win.Highlight!();
    for (const r of ranges) h.add(r);
    return h;
  };

  // Hover: the range under the pointer, via the caret position at that point.
  const caretAt = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  };

  const rectHolding = (range: Range, x: number, y: number): DOMRect | null => {
    for (const rect of Array.from(range.getClientRects())) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
    }
    return null;
  };

  const entryAt = (node: Node, offset: number): HighlightEntry | undefined =>
    entries.find((e) => {
      try {
        return e.range.isPointInRange(node, offset);
      } catch {
        return false;
      }
    });

  const showFor = (entry: HighlightEntry, rect: DOMRect) => {
    tooltip.show(nameOf(entry.skillId), labels[entry.status], entry.status, rect);
  };

  let pending = false;
  let lastX = 0;
  let lastY = 0;
  const onMove = (event: MouseEvent) => {
    lastX = event.clientX;
    lastY = event.clientY;
    if (pending) return;
    pending = true;
    win.requestAnimationFrame(() => {
      pending = false;
      if (destroyed || !enabled || !entries.length || !root) return tooltip.hide();
      const target = doc.elementFromPoint(lastX, lastY);
      if (!target || !root.contains(target)) return tooltip.hide();
      const caret = caretAt(lastX, lastY);
      const entry = caret ? entryAt(caret.node, caret.offset) : undefined;
      const rect = entry ? rectHolding(entry.range, lastX, lastY) : null;
      if (entry && rect) showFor(entry, rect);
      else tooltip.hide();
    });
  };

  // Keyboard: caret browsing or a selection inside a highlighted skill shows the same label.
  const onSelection = () => {
    if (destroyed || !enabled || !entries.length) return;
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode) return;
    const entry = entryAt(sel.anchorNode, sel.anchorOffset);
    if (!entry) return tooltip.hide();
    const rect = entry.range.getBoundingClientRect();
    showFor(entry, rect);
  };

  if (supported) {
    doc.addEventListener('mousemove', onMove, { passive: true, signal });
    doc.addEventListener('selectionchange', onSelection, { signal });
    // A scroll moves the words away from the label.
    win.addEventListener('scroll', () => tooltip.hide(), { passive: true, capture: true, signal });
  }

  const api: Highlighter = {
    supported,
    get enabled() {
      return enabled;
    },
    apply(newRoot, options) {
      if (destroyed) return { shown: 0, found: 0, truncated: false };
      root = newRoot;
      nameOf = options.nameOf;
      labels = options.labels ?? STATUS_LABEL;
      tooltip.hide();
      const map = collectText(newRoot, MAX_TEXT_CHARS);
      const mentions = options.findMentions(map.text);
      const next: HighlightEntry[] = [];
      for (const mention of mentions) {
        if (next.length >= MAX_HIGHLIGHTS) break;
        const range = rangeFor(map, mention.span.start, mention.span.end, doc);
        if (range) next.push({ skillId: mention.skillId, status: options.statusOf(mention.skillId), range });
      }
      entries = next;
      if (supported) {
        palette = paletteFor(newRoot, (el) => win.getComputedStyle(el));
        css = highlightCss(names, palette);
        paint();
      }
      return { shown: entries.length, found: mentions.length, truncated: map.text.length >= MAX_TEXT_CHARS };
    },
    clear() {
      entries = [];
      root = null;
      tooltip.hide();
      paint();
    },
    setEnabled(value) {
      enabled = value;
      if (!value) tooltip.hide();
      paint();
    },
    setColourful(value) {
      if (value === colourful) return;
      colourful = value;
      paint();
    },
    reveal(skillId) {
      const matching = entries.filter((e) => e.skillId === skillId && e.range.startContainer.isConnected);
      const first = matching[0];
      if (!first) return false;
      const el = first.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
      const reg = registry();
      if (reg) {
        // A fresh random name for each flash, dropped when it ends: the page's scripts can read
        // the registry, and a group holding only the clicked skill's words, under a name seen
        // before, would tell them which skill the user clicked.
        win.clearInterval(flashTimer);
        reg.delete(names.flash);
        names = { ...names, flash: randomNames().flash };
        css = highlightCss(names, palette);
        setCss(css);
        const flashName = names.flash;
        const flash = highlightOf(matching.map((e) => e.range));
        flash.priority = 10;
        let ticks = 0;
        reg.set(flashName, flash);
        // Three blinks over ~1.5 s, then gone.
        flashTimer = win.setInterval(() => {
          ticks++;
          if (destroyed || ticks >= 6) {
            win.clearInterval(flashTimer);
            reg.delete(flashName);
            if (!enabled || entries.length === 0) removeCss();
            return;
          }
          if (ticks % 2) reg.delete(flashName);
          else reg.set(flashName, flash);
        }, 250);
      }
      return true;
    },
    isStale() {
      return entries.some((e) => !e.range.startContainer.isConnected || !e.range.endContainer.isConnected);
    },
    entries() {
      return entries;
    },
    destroy() {
      destroyed = true;
      win.clearInterval(flashTimer);
      unregister();
      removeCss();
      tooltip.destroy();
      entries = [];
      root = null;
    },
  };
  signal.addEventListener('abort', () => api.destroy(), { once: true });
  return api;
}
