/** Every site adapter, tried in order: the first whose `matches(url)` is true owns the page. */
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import type { SiteAdapter } from './types';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';

export type { SiteAdapter, SiteRead } from './types';

export const sites: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  glassdoor,
  wellfound,
];

export function siteFor(url: URL): SiteAdapter | undefined {
  return sites.find((site) => site.matches(url));
}
