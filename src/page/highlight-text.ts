import { isHidden } from './html-to-text';
import { MAX_TEXT_CHARS } from './limits';
/**
 * The text of a posting root as one string, with a map back to the DOM, so that skill mentions
 * found in the string become DOM `Range`s without touching the page.
 *
 * Skipped: scripts, styles, form fields, editors and anything hidden from assistive technology
 * (`aria-hidden`), because highlights there would be wrong or would interfere with typing.
 * A line break is put between block elements so that "Python</li><li>SQL" does not read as
 * "PythonSQL"; these separators map to no DOM position.
 */

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `TextMap.text`. */
  start: number;
}

export interface TextMap {
  text: string;
  /** In document order, `start` increasing. */
  segments: TextSegment[];
}

/** Whether an element and its subtree are left alone. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // The same hidden text the posting reader leaves out (hidden, display:none, screen-reader-only).
  if (isHidden(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

/**
 * Walks the root's text nodes (see the module comment for what is skipped), up to `limit`
 * characters. Iterative: a chain of thousands of nested wrappers cannot overflow the stack.
 */
export function collectText(root: Element, limit = MAX_TEXT_CHARS): TextMap {
  const segments: TextSegment[] = [];
  let text = '';
  let pendingBreak = false;

  const breakHere = () => {
    if (text.length > 0) pendingBreak = true;
  };

  // `null` marks the end of a block element (a line break after it).
  const stack: Array<Node | null> = [root];
  while (stack.length && text.length < limit) {
    const node = stack.pop()!;
    if (node === null) {
      breakHere();
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length === 0) continue;
      if (pendingBreak) {
        text += '\n';
        pendingBreak = false;
      }
      segments.push({ node: node as Text, start: text.length });
      text += value;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isSkipped(el)) {
      breakHere();
      continue;
    }
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) {
      breakHere();
      stack.push(null);
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return { text, segments };
}

/** Index of the segment holding `offset` (binary search), or -1 when it falls in a separator. */
function segmentAt(map: TextMap, offset: number, preferEnd: boolean): number {
  const { segments } = map;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    const end = seg.start + seg.node.data.length;
    if (offset < seg.start || (preferEnd && offset === seg.start && mid > 0)) hi = mid - 1;
    else if (offset > end || (!preferEnd && offset === end)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A DOM position for a text offset. `start` positions that fall in a separator move forward to
 * the next node; `end` positions move back to the previous one.
 */
export function positionAt(map: TextMap, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  const i = segmentAt(map, offset, side === 'end');
  if (i >= 0) {
    const seg = segments[i]!;
    return { node: seg.node, offset: offset - seg.start };
  }
  if (side === 'start') {
    const next = segments.find((s) => s.start >= offset);
    return next ? { node: next.node, offset: 0 } : null;
  }
  for (let j = segments.length - 1; j >= 0; j--) {
    const seg = segments[j]!;
    if (seg.start + seg.node.data.length <= offset) return { node: seg.node, offset: seg.node.data.length };
  }
  return null;
}

/** A `Range` over `[start, end)` of the map's text, possibly across several text nodes. */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  if (end <= start) return null;
  const a = positionAt(map, start, 'start');
  const b = positionAt(map, end, 'end');
  if (!a || !b) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    // The node changed since the text was read (the page re-rendered in between).
    return null;
  }
  return range.collapsed ? null : range;
}
