import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { collectText, positionAt, rangeFor } from '../../src/page/highlight-text';

const rootOf = (html: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
  return document.getElementById('r')!;
};

describe('collectText', () => {
  test.each([
    ['inline elements join without a break', '<p>Experience with <b>Py</b>thon and SQL</p>', 'Experience with Python and SQL'],
    ['list items are separated', '<ul><li>Python</li><li>SQL</li></ul>', 'Python\nSQL'],
    ['paragraphs and headings are separated', '<h2>Requirements</h2><p>Go</p>', 'Requirements\nGo'],
    ['scripts and styles are skipped', '<p>A</p><script>var Python = 1</script><style>.x{}</style><p>B</p>', 'A\nB'],
    // A skipped element counts as a break, so the words around it never run together.
    ['form fields and editors are skipped', '<p>A <textarea>Python</textarea> <span contenteditable="true">Rust</span></p>', 'A \n '],
    ['aria-hidden and hidden subtrees are skipped', '<p>A<span aria-hidden="true">Kafka</span><span hidden>Java</span>B</p>', 'A\nB'],
    ['contenteditable=false is kept', '<p><span contenteditable="false">Scala</span></p>', 'Scala'],
  ])('%s', (_name, html, expected) => {
    expect(collectText(rootOf(html)).text).toBe(expected);
  });

  test('segments point at the text nodes at their offsets', () => {
    const map = collectText(rootOf('<ul><li>Python</li><li>S<i>Q</i>L</li></ul>'));
    expect(map.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['Python', 0],
      ['S', 7],
      ['Q', 8],
      ['L', 9],
    ]);
    for (const s of map.segments) expect(map.text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
  });
});

describe('positionAt / rangeFor', () => {
  const map = collectText(rootOf('<ul><li>Python</li><li>S<i>Q</i>L</li></ul>'));

  test('a start at a node boundary goes to the next node, an end to the previous one', () => {
    expect(positionAt(map, 8, 'start')).toMatchObject({ node: { data: 'Q' }, offset: 0 });
    expect(positionAt(map, 8, 'end')).toMatchObject({ node: { data: 'S' }, offset: 1 });
  });

  test('positions in a separator move to real text', () => {
    expect(positionAt(map, 6, 'start')).toMatchObject({ node: { data: 'S' }, offset: 0 });
    expect(positionAt(map, 7, 'end')).toMatchObject({ node: { data: 'Python' }, offset: 6 });
  });

  test('a mention across three nodes becomes one range from the first to the last', () => {
    const calls: Array<[string, string, number]> = [];
    const fakeDoc = {
      createRange: () => ({
        setStart: (n: Text, o: number) => calls.push(['start', n.data, o]),
        setEnd: (n: Text, o: number) => calls.push(['end', n.data, o]),
        collapsed: false,
      }),
    } as unknown as Document;
    expect(map.text.slice(7, 10)).toBe('SQL');
    expect(rangeFor(map, 7, 10, fakeDoc)).not.toBeNull();
    expect(calls).toEqual([
      ['start', 'S', 0],
      ['end', 'L', 1],
    ]);
  });

  test('empty spans give no range', () => {
    expect(rangeFor(map, 3, 3, {} as Document)).toBeNull();
  });
});
