/**
 * Finds the element that displays a given text (a JSON-LD description), so highlights can go
 * into the page: the deepest element holding most of the page text that also occurs in it.
 */
import { normalize } from './dom';

const MIN_RUN = 25;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'textarea']);

/** Text nodes in document order; iterative, so a page nested thousands deep cannot overflow the stack. */
function collectTextNodes(node: Node, out: Text[]): void {
  const stack: Node[] = [];
  for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const child = stack.pop()!;
    if (child.nodeType === 3) out.push(child as Text);
    else if (child.nodeType === 1 && !SKIP.has((child as Element).localName.toLowerCase())) {
      for (let c = child.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
}

export function findTextRoot(doc: Document, text: string): Element | null {
  const target = normalize(text.replace(/^• /gm, ''));
  if (target.length < MIN_RUN || !doc.body) return null;
  const nodes: Text[] = [];
  collectTextNodes(doc.body, nodes);
  // Each distinct run counts once per element: a line repeated in a sidebar or a summary must not
  // pull the root up to a common ancestor.
  const covered = new Map<Element, Set<string>>();
  const runs = new Set<string>();
  for (const node of nodes) {
    const run = normalize(node.nodeValue ?? '');
    if (run.length < MIN_RUN || !target.includes(run)) continue;
    runs.add(run);
    for (let el = node.parentElement; el; el = el.parentElement) {
      const set = covered.get(el) ?? covered.set(el, new Set()).get(el);
      set?.add(run);
    }
  }
  const size = (set: Iterable<string>) => [...set].reduce((n, run) => n + run.length, 0);
  const total = size(runs);
  const weight = new Map([...covered].map(([el, set]) => [el, size(set)] as const));
  // Too little of the text is on the page (the description is only in JSON-LD).
  if (total < target.length * 0.4) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    if (w < total * 0.8) continue;
    let depth = 0;
    for (let p = el.parentElement; p; p = p.parentElement) depth++;
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best;
}
