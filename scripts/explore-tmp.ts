import { getBundledEngine } from '../src/core/bundled';
import { readSkillSpanPostings, readPostings, postingHalf } from '../scripts/roles/evidence';
import { titleToRole } from '../scripts/roles/title-to-role';
const dir = '/work/shared/data';
const ml = new Map<string, number>();
for (const p of readPostings(dir)) { const r = titleToRole(p.title); if (r) ml.set(r, (ml.get(r) ?? 0) + 1); }
const eng = getBundledEngine();
const ps = readSkillSpanPostings(dir).map((p) => ({ ...p, role: titleToRole(p.title) })).filter((p) => p.role);
let n=0,t1=0,x1=0;
for (const p of ps) {
  const seen = (ml.get(p.role!) ?? 0) < 5;
  const wt = eng.analyze({ text: p.description, title: p.title, source: 'e' }, []).roles;
  const xt = eng.analyze({ text: p.description, title: '', source: 'e' }, []).roles;
  if (!seen) { n++; if (wt[0]?.id===p.role) t1++; if (xt[0]?.id===p.role) x1++; }
  console.log(`${seen?'SEEN  ':'UNSEEN'} h${postingHalf(p.id)} ${p.id.padEnd(18)} ${p.role!.padEnd(22)} T:${wt[0]?.id===p.role?'ok':wt[0]?.id} X:${xt[0]?.id===p.role?'ok':xt.slice(0,3).map(r=>r.id+' '+r.score.toFixed(3)).join(', ')} | ${p.title}`);
}
console.log(n, t1/n, x1/n);
