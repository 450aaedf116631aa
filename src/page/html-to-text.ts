/**
 * HTML → plain text that keeps the structure the analyser needs: every heading, paragraph and
 * list item on its own line (list items prefixed "• "), `<br>` as a newline, no blank lines.
 * Nothing is executed or fetched: strings are parsed into an inert `<template>`.
 */
import { MAX_TEXT_CHARS } from './limits';

/** Elements whose content is never text a reader sees (or that would only add noise). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'button', 'select', 'option', 'textarea', 'input',
  'video', 'audio', 'img', 'picture', 'map',
]);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** Screen-reader-only classes: their text duplicates visible text (LinkedIn, Indeed "- job post"). */
const HIDDEN_CLASS = /(^|\s)(visually-hidden|sr-only|screen-reader-text|a11y-text|hidden-visually)(\s|$)/i;
const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BULLET = /^[•·▪◦●\-*–]\s*/;


const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;
const DOCUMENT_NODE = 9;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASS.test(cls);
}

class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';
  /** Characters taken so far (a bound on the work, not the exact output length). */
  size = 0;

  add(text: string): void {
    this.current += text;
    this.size += text.length;
  }

  /** Ends the current line; empty lines are dropped, so there are never blank-line runs. */
  newline(): void {
    let line = this.current.replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
    this.current = '';
    if (line.startsWith('• ')) {
      // A list item whose text already starts with its own bullet ("• - Python"): keep one.
      const rest = line.slice(2).replace(BULLET, '').trim();
      line = rest === '' ? '' : `• ${rest}`;
    }
    if (line !== '' && line !== '•') this.lines.push(line);
  }

  toString(): string {
    this.newline();
    return this.lines.join('\n');
  }
}

type WalkItem = { node: Node; pre: boolean } | { exit: true; block: boolean; cell: boolean };

/**
 * Iterative (an explicit stack, not recursion): a page nested thousands of elements deep, such as
 * a chain of `display: contents` wrappers, cannot overflow the call stack. Stops once `limit`
 * characters are taken: a huge page is read up to a bound, not whole.
 */
function walk(root: Node, out: LineBuilder, keepNewlines: boolean, limit = MAX_TEXT_CHARS): void {
  const stack: WalkItem[] = [{ node: root, pre: keepNewlines }];
  const pushChildren = (node: Node, pre: boolean) => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, pre });
  };
  while (stack.length && out.size < limit) {
    const item = stack.pop()!;
    if ('exit' in item) {
      if (item.cell) out.add(' ');
      if (item.block) out.newline();
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === TEXT_NODE) {
      const raw = (node.nodeValue ?? '').replace(/[\u200b-\u200d\ufeff]/g, '');
      if (!pre) {
        out.add(raw.replace(/\s+/g, ' '));
        continue;
      }
      raw.split(/\r\n|\r|\n/).forEach((part, i) => {
        if (i > 0) out.newline();
        out.add(part);
      });
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE && node.nodeType !== DOCUMENT_NODE) continue;
    if (node.nodeType !== ELEMENT_NODE) {
      pushChildren(node, pre);
      continue;
    }
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      out.newline();
      continue;
    }
    const block = BLOCK.has(tag);
    const cell = tag === 'td' || tag === 'th';
    if (block) out.newline();
    if (tag === 'li') out.add('• ');
    if (cell) out.add(' ');
    stack.push({ exit: true, block, cell });
    pushChildren(el, pre || tag === 'pre');
  }
}

/** Visible text of a DOM node (element, fragment or document), structured as described above. */
export function nodeToText(node: Node): string {
  const out = new LineBuilder();
  walk(node, out, false);
  return out.toString();
}

/**
 * Parses HTML into an inert node. In browsers DOMParser builds a separate document that never
 * runs scripts or loads images (and keeps page strings away from innerHTML). Where there is no
 * DOMParser (linkedom in Node), a detached `<template>`, equally inert, does the same.
 */
export function parseFragment(html: string, doc: Document): Node {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (typeof Parser === 'function') return new Parser().parseFromString(html, 'text/html').body;
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** Concatenated text nodes (a fragment's `textContent` is null in linkedom); iterative, like `walk`. */
function rawText(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === TEXT_NODE) parts.push(n.nodeValue ?? '');
    else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('');
}

const REAL_TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;
const ESCAPED_TAG = /&(amp;)*lt;\/?[a-z][a-z0-9]*(\s[\s\S]*?)?\/?&(amp;)*gt;/i;
const LINE_TAG = /<(p|br|li|div|h[1-6]|ul|ol|tr|table|section|pre)\b/i;

/**
 * Text of an HTML string. JSON-LD descriptions come in three shapes: HTML, entity-escaped HTML
 * (`&lt;p&gt;…`, sometimes escaped twice) and plain text with newlines: all three are handled.
 */
export function htmlToText(html: string, doc: Document): string {
  let source = html;
  for (let i = 0; i < 2 && !REAL_TAG.test(source) && ESCAPED_TAG.test(source); i++) {
    source = rawText(parseFragment(source, doc));
  }
  // Plain text (or text with only inline tags): its newlines are the line breaks.
  const keepNewlines = !LINE_TAG.test(source);
  const out = new LineBuilder();
  walk(parseFragment(source, doc), out, keepNewlines);
  return out.toString();
}

/** Visible text of an element on one line (titles, company names, locations). */
export function inlineText(node: Node | null | undefined): string {
  return node ? nodeToText(node).replace(/\n/g, ' ').replace(/^• /, '').trim() : '';
}
