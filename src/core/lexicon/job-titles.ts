import type { LexiconList } from './lexicon';

/** Head nouns of job titles: a skill right before one is part of a role's name ("Java Developer"). */
export const JOB_TITLE_LIST: LexiconList = {
  kind: 'job-title',
  text: `
admin
administrator
administrators
analyst
analysts
architect
architects
consultant
consultants
designer
designers
developer
developers
engineer
engineers
expert
experts
guru
intern
interns
lead
manager
ninja
position
programmer
programmers
researcher
researchers
role
scientist
scientists
specialist
specialists
tester
testers
`,
};
