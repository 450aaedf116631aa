import type { LexiconList } from './lexicon';

/**
 * Nouns for a unit of an organisation, in the singular (org-units.ts adds the plurals): after a
 * skill or a job's name ("the research team", "our Data Science org") they name a group, not
 * what the posting asks for.
 */
export const ORG_UNIT_LIST: LexiconList = {
  kind: 'org-unit',
  text: `
department
division
function
group
lab
org
organisation
organization
squad
team
`,
};
