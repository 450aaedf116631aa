import type { LexiconList } from './lexicon';

/**
 * Head nouns of job titles, in the singular: "Java Developer", "Senior Data Scientist". The
 * matcher reads a skill right before one as part of a role's name, and the page reader a heading
 * with one as a job's title (src/page/cues.ts).
 */
export const JOB_TITLE_LIST: LexiconList = {
  kind: 'job-title',
  text: `
accountant
admin
administrator
advisor
analyst
architect
consultant
coordinator
designer
developer
director
editor
engineer
expert
guru
intern
lead
manager
ninja
nurse
programmer
recruiter
researcher
scientist
specialist
strategist
teacher
technician
technologist
tester
writer
`,
};

/**
 * Words that end a job's title on a page ("Sales Associate", "SRE") but, after a skill, name a
 * thing rather than a job ("Kubernetes operator", "AWS DevOps", "an AI assistant").
 */
export const PAGE_JOB_TITLE_LIST: LexiconList = {
  kind: 'page-job-title',
  text: `
assistant
associate
chief
devops
executive
officer
operator
representative
sre
vice president
vp
`,
};

/** Other words after which a skill names the job rather than asks for it: "a Python position". */
export const ROLE_WORD_LIST: LexiconList = {
  kind: 'role-word',
  text: `
position
role
`,
};
