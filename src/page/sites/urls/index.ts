/**
 * Every job site the extension knows, tried in order: the first whose `matches(url)` is true owns
 * the page. This list is the one source of the job sites: the content script's matches and the
 * manifest's host permissions are generated from their `hosts` (src/content/job-sites.ts), the
 * page readers join it in ../index.ts. URL tests only: what the background imports.
 */
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { brassring } from './brassring';
import { breezy } from './breezy';
import { builtin } from './builtin';
import { dice } from './dice';
import { dover } from './dover';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jazzhr } from './jazzhr';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { monster } from './monster';
import { naukri } from './naukri';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { rippling } from './rippling';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { successfactors } from './successfactors';
import { taleo } from './taleo';
import { teamtailor } from './teamtailor';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { xing } from './xing';
import { ziprecruiter } from './ziprecruiter';
import type { SiteUrls } from '../types';

export const SITE_URLS: readonly SiteUrls[] = [
  // Job boards, where most job seekers search.
  linkedin,
  indeed,
  glassdoor,
  seek,
  monster,
  ziprecruiter,
  dice,
  stepstone,
  welcometothejungle,
  builtin,
  naukri,
  xing,
  wellfound,
  // Applicant tracking systems, where employers' postings live.
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  workable,
  icims,
  taleo,
  successfactors,
  brassring,
  jobvite,
  bamboohr,
  recruitee,
  personio,
  teamtailor,
  breezy,
  jazzhr,
  rippling,
  dover,
];

export function siteUrlsFor(url: URL): SiteUrls | undefined {
  return SITE_URLS.find((site) => site.matches(url));
}
