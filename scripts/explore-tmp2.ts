import { getBundledEngine } from '../src/core/bundled';
import { readSkillSpanPostings } from './roles/evidence';
const ids = process.argv.slice(2);
const eng = getBundledEngine();
for (const p of readSkillSpanPostings('/work/shared/data').filter((p) => ids.includes(p.id))) {
  const a = eng.analyze({ text: p.description, title: '', source: 'e' }, []);
  console.log('=====', p.id, p.title, '\n', p.description.slice(0, 2500));
  console.log('SKILLS', a.skills?.map?.((s: any) => `${s.id}:${s.importance[0]}`).join(' '));
  for (const r of a.roles.slice(0, 4)) console.log('  ', r.id, r.score, r.reasons.join(' | '));
}
