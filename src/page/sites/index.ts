/**
 * Every site adapter, tried in order: the sites of ./urls/index.ts (the one list of the job
 * sites, in its order), each with its page reader where it has one. The others' postings are
 * read by the general detectors (schema.org JSON-LD, the heuristic).
 */
import { ashby } from './ashby';
import { brassring } from './brassring';
import { breezy } from './breezy';
import { builtin } from './builtin';
import { dice } from './dice';
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
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { successfactors } from './successfactors';
import { taleo } from './taleo';
import { welcometothejungle } from './welcometothejungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';
import type { SiteAdapter } from './types';
import { SITE_URLS } from './urls';

export type { SiteAdapter, SiteRead } from './types';

const WITH_READERS: readonly SiteAdapter[] = [
  ashby, brassring, breezy, builtin, dice, glassdoor, greenhouse, icims, indeed, jazzhr, jobvite,
  lever, linkedin, monster, naukri, seek, smartrecruiters, stepstone, successfactors, taleo,
  welcometothejungle, wellfound, workable, workday, ziprecruiter,
];
const readerOf = new Map(WITH_READERS.map((site) => [site.name, site]));

export const sites: readonly SiteAdapter[] = SITE_URLS.map((site) => readerOf.get(site.name) ?? site);

export function siteFor(url: URL): SiteAdapter | undefined {
  return sites.find((site) => site.matches(url));
}
