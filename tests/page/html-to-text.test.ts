import { describe, expect, test } from 'vitest';
import { htmlToText, nodeToText } from '../../src/page/html-to-text';
import { toDocument } from './helpers';

const doc = toDocument('<html><body></body></html>');

describe('htmlToText', () => {
  test('headings, paragraphs and list items each on their own line, items with a bullet', () => {
    const html = '<h2>About the role</h2><p>You will build <b>models</b>.</p><h3>Requirements</h3><ul><li>Python</li><li>SQL <i>and</i> dbt</li></ul><ol><li>First</li></ol>';
    expect(htmlToText(html, doc)).toBe('About the role\nYou will build models.\nRequirements\n• Python\n• SQL and dbt\n• First');
  });

  test('<br> is a newline; whitespace collapses; no blank lines', () => {
    expect(htmlToText('<p>Line one<br>Line   two<br><br><br>\n\n  Line three</p><p></p><div>\n</div><p>End</p>', doc)).toBe('Line one\nLine two\nLine three\nEnd');
  });

  test('entities are decoded; scripts, styles and hidden elements are dropped', () => {
    const html = '<p>R&amp;D &lt;team&gt; &nbsp;caf&eacute;</p><script>alert(1)</script><style>p{}</style><p hidden>secret</p><p style="display: none">gone</p><p>Shown<span class="visually-hidden"> - job post</span></p>';
    expect(htmlToText(html, doc)).toBe('R&D <team> café\nShown');
  });

  test('list items that carry their own bullet get one bullet; empty items vanish', () => {
    expect(htmlToText('<ul><li>• Python</li><li>- Go</li><li> </li><li><ul><li>Nested</li></ul></li></ul>', doc)).toBe('• Python\n• Go\n• Nested');
  });

  test('entity-escaped HTML, even escaped twice, is read as HTML', () => {
    expect(htmlToText('&lt;p&gt;One&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;', doc)).toBe('One\n• Two');
    expect(htmlToText('&amp;lt;p&amp;gt;One&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Two&amp;lt;/p&amp;gt;', doc)).toBe('One\nTwo');
  });

  test('text that only mentions a < sign is not mistaken for markup', () => {
    expect(htmlToText('Latency &lt; 50 ms\nThroughput &gt; 1k rps', doc)).toBe('Latency < 50 ms\nThroughput > 1k rps');
  });

  test('table cells stay apart', () => {
    expect(htmlToText('<table><tr><td>Location</td><td>Berlin</td></tr><tr><th>Type</th><td>Full-time</td></tr></table>', doc)).toBe('Location Berlin\nType Full-time');
  });

  test('nothing is executed or attached: an inline handler in the HTML never reaches the live document', () => {
    const live = toDocument('<html><body><div id="x"></div></body></html>');
    htmlToText('<img src=x onerror="document.body.setAttribute(\'data-pwned\', 1)"><p>ok</p>', live);
    expect(live.body.innerHTML).toBe('<div id="x"></div>');
  });
});

describe('nodeToText', () => {
  test('reads a live element without changing it', () => {
    const page = toDocument('<html><body><main><h1>Title</h1><nav>skip? no: kept, nav is content here</nav><button>Apply</button><ul><li>A</li></ul></main></body></html>');
    const main = page.querySelector('main')!;
    const before = main.outerHTML;
    expect(nodeToText(main)).toBe('Title\nskip? no: kept, nav is content here\n• A');
    expect(main.outerHTML).toBe(before);
  });
});
