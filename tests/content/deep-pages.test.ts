import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTextRoot } from '../../src/page/find-root';
import { collectText } from '../../src/page/highlight-text';
import { nodeToText } from '../../src/page/html-to-text';
import { MAX_TEXT_CHARS } from '../../src/page/limits';

/**
 * Hostile page shapes, generated here (not committed as large files): a real posting's text
 * wrapped 4,000 levels deep (a chain of `display: contents` wrappers a page can build), and a
 * page of several megabytes. Every reader walks them without recursion and up to a bound.
 */
const posting = readFileSync(join(__dirname, '../fixtures/postings/ml-engineer.txt'), 'utf8');

function deepDocument(depth: number): { document: Document; innermost: Element } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  let parent: Element = document.body;
  for (let i = 0; i < depth; i++) {
    const div = document.createElement('div');
    div.setAttribute('style', 'display: contents');
    parent.append(div);
    parent = div;
  }
  for (const line of posting.split('\n')) {
    const p = document.createElement('p');
    p.textContent = line;
    parent.append(p);
  }
  return { document, innermost: parent };
}

describe('a posting 4,000 elements deep', () => {
  const { document, innermost } = deepDocument(4000);

  test('is read whole by the posting reader and by the highlighter, without overflowing the stack', () => {
    const text = nodeToText(document.body);
    expect(text).toContain('PyTorch');
    expect(text.split('\n').length).toBeGreaterThan(10);
    const map = collectText(document.body);
    expect(map.text).toContain('PyTorch');
    expect(map.segments.length).toBe(posting.split('\n').filter((l) => l.length > 0).length);
  });

  test('its description is found back in the page (JSON-LD postings)', () => {
    expect(findTextRoot(document, posting)).toBe(innermost);
  });
});

describe('a page of several megabytes', () => {
  const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
  const main = document.querySelector('main')!;
  for (let i = 0; i < 3000; i++) {
    const section = document.createElement('section');
    section.textContent = posting;
    main.append(section);
  }

  test('is read up to the bound, not whole', () => {
    expect(posting.length * 3000).toBeGreaterThan(5_000_000);
    const text = nodeToText(document.body);
    expect(text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(text.length).toBeLessThan(MAX_TEXT_CHARS + posting.length);
    const map = collectText(document.body);
    expect(map.text.length).toBeLessThan(MAX_TEXT_CHARS + posting.length);
  });
});
