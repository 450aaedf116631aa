/** Small DOM helpers shared by the readers. Everything takes its document or node as a parameter. */
import { inlineText } from './html-to-text';

/** The first element matching one of the selectors (in the order given) that has visible text. */
export function firstWithText(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (inlineText(el) !== '') return el;
    }
  }
  return null;
}

/** One-line text of the first matching element, or undefined. */
export function textOf(scope: ParentNode, selectors: readonly string[]): string | undefined {
  const text = inlineText(firstWithText(scope, selectors));
  return text === '' ? undefined : text;
}

/** `<meta name|property="key" content>` of the document. */
export function metaContent(doc: Document, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const value = el?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** Lowest element containing both. */
export function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a;
}

/** Lowest element containing all of them (null for an empty list). */
export function commonAncestorOf(elements: readonly Element[]): Element | null {
  const [head, ...rest] = elements;
  if (!head) return null;
  return rest.reduce<Element>((acc, el) => commonAncestor(acc, el), head);
}

/** Whitespace-collapsed, lower-cased text for containment checks. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu);
  return m ? m.length : 0;
}
