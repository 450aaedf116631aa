import { JOB_TITLE_LIST } from './lexicon/job-titles';
import { phrases } from './lexicon/lexicon';

/**
 * The nouns role names are made of, as the role-name finder (role-names.ts) reads them: which
 * words end a job's name, which name a job on their own, and which name no particular role.
 */

/**
 * Words that name no particular role on their own: the lexicon's job-title nouns ("Engineer",
 * "Analyst": lexicon/job-titles.ts) and the first words of fields ("Data", "Machine").
 */
export const GENERIC_NOUNS = new Set([...phrases(JOB_TITLE_LIST), ...'head ops dev data software machine product research'.split(' ')]);
/** The lexicon's job nouns and a role's own one-word noun. */
export const JOB_NOUN_LIST = [...phrases(JOB_TITLE_LIST), 'statistician'];
/** The nouns a job's name has ("Data Modeler" and "Cloud DevOps" have none), a head of something too. */
export const JOB_NOUNS: ReadonlySet<string> = new Set([...JOB_NOUN_LIST, 'head']);
/** Words that end a job's name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...GENERIC_NOUNS, ...JOB_NOUN_LIST]);
