import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import guidesJson from '../../data/role-guides.json';
import { BUNDLED_ROLE_PROFILES, getBundledEngine } from '../../src/core/bundled';
import { roleGuidesSchema } from '../../src/core/role-guides';
import { readCompareSearch, compareHref } from '../../src/ui/compare-link';
import { ComparePage } from '../../src/ui/ComparePage';
import { installDom, mount, settle, text } from './helpers/dom';

installDom();

const engine = getBundledEngine();
const guides = roleGuidesSchema.parse(guidesJson).guides;
const posting = readFileSync(new URL('../fixtures/postings/lead-ml-engineer.txt', import.meta.url), 'utf8');

async function open(href: string, skills: Array<{ id: string; name: string }> = []) {
  const request = readCompareSearch(href.slice(href.indexOf('?')));
  const m = await mount(<ComparePage request={request} roles={BUNDLED_ROLE_PROFILES} guides={guides} engine={engine} loadSkills={async () => skills} />);
  await settle();
  return m;
}

const cells = (m: Awaited<ReturnType<typeof open>>, section: string) => m.all(`[data-testid="compare-${section}"] td`);

describe('two roles side by side, from a posting', () => {
  test('the article’s sections for Lead ML Engineer and AI Scientist, with what the posting asks ticked and the user’s skills marked', async () => {
    const analysis = engine.analyze({ text: posting, source: 'text' }, []);
    const asked = analysis.skills.filter((s) => s.importance !== 'mentioned').map((s) => s.id);
    expect(asked).toContain('python');
    const m = await open(compareHref(['lead-ml-engineer', 'ai-scientist'], asked), [{ id: 'python', name: 'Python' }]);
    expect(m.all('[data-testid="compare-role-title"]').map((e) => text(e))).toEqual(['Lead Machine Learning Engineer', 'AI Scientist']);
    expect(m.all('tbody th').map((e) => text(e))).toEqual(['Definition', 'Responsibilities', 'Skills', 'Education', 'Tools and software', 'Industries', 'Getting started']);
    const [leadTools, aiTools] = cells(m, 'tools');
    const pythonLine = [...leadTools!.querySelectorAll('li')].find((li) => text(li).includes('Python, Java, or C++'))!;
    expect(pythonLine.getAttribute('data-asked')).toBe('yes');
    expect(text(pythonLine)).toContain('★ you have Python');
    // LaTeX is the AI Scientist's tool; this engineering posting does not ask for it.
    const latex = [...aiTools!.querySelectorAll('li')].find((li) => text(li).startsWith('LaTeX'))!;
    expect(latex.getAttribute('data-asked')).toBeNull();
    expect(text(cells(m, 'tips')[1]!)).toContain('Pursue a PhD in Computer Science, Mathematics, Statistics, or a related field.');
    expect(text(cells(m, 'industries')[1]!)).toContain('Self-driving cars');
  });

  test('any other pair of roles gets our definition, education and tips', async () => {
    const m = await open(compareHref(['data-engineer', 'analytics-engineer']));
    expect(text(cells(m, 'definition')[0]!)).toMatch(/^A Data Engineer builds/);
    expect(cells(m, 'education')[1]!.querySelectorAll('li').length).toBeGreaterThanOrEqual(2);
    expect(cells(m, 'tips')[0]!.querySelectorAll('li').length).toBeGreaterThanOrEqual(3);
    expect(m.all('[data-asked="yes"]')).toHaveLength(0);
  });
});
