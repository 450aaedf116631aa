/**
 * `npx tsx scripts/sites-table.ts`: the README's table of job sites, printed from the adapters
 * (src/page/sites), so the list of sites, their hosts and the pages each was checked on have one source.
 */
import { sites } from '../src/page/sites';

const short = (path: string) => path.replace('../shared/data/', 'shared: ').replace('tests/fixtures/pages/', 'fixture: ');
console.log('| Site | Hosts | Checked on |');
console.log('|---|---|---|');
for (const site of sites) {
  const checked = site.examples.checkedOn.length > 0 ? site.examples.checkedOn.map((p) => `\`${short(p)}\``).join(', ') : 'its URL examples only';
  console.log(`| ${site.name} | ${site.hosts.map((h) => `\`${h}\``).join(' ')} | ${checked} |`);
}
