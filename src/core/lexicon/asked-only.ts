import type { LexiconList } from './lexicon';

/**
 * Skill names that are also everyday phrases of postings: "the latest research", "various
 * stakeholders", "a culture of experimentation", "business partners and leadership". Such an
 * alias counts only when the sentence asks for it (evidence.ts): "experience in research",
 * "strong leadership skills", or in a list beside another skill ("communication and
 * leadership"). Hyphens and spaces are one: "data-driven decisions" is "data driven decisions".
 */
export const ASKED_ONLY_LIST: LexiconList = {
  kind: 'asked-only',
  text: `
ai
ai/ml
algorithm
algorithmic
algorithms
automation
business requirements
cloud services
compliance
creativity
curiosity
curious
data driven decision making
data driven decisions
data infrastructure
data platform
data platforms
database
decision making
documentation
experimentation
full stack
industries
inference pipelines
judgment
large data sets
large datasets
large scale data
leadership
machine learning infrastructure
mentorship
ml model development
ml model lifecycle
model development
model training
negotiation
proactive
proactively
product roadmap
publications
ranking
research
scalability
scalable software
scalable solutions
security
simulation
sound judgement
stakeholders
technical design
testing
troubleshooting
usability
user experience
`,
};

/** Words that, right before an asked-only phrase, ask for it: "strong leadership", "proven research". */
export const ASK_ADJECTIVE_LIST: LexiconList = {
  kind: 'ask-adjective',
  text: `
demonstrated
excellent
exceptional
outstanding
proven
strong
`,
};

/** Words that, right after an asked-only phrase, ask for it: "leadership skills", "research experience". */
export const ASK_NOUN_LIST: LexiconList = {
  kind: 'ask-noun',
  text: `
abilities
ability
background
capabilities
experience
expertise
skill
skills
`,
};
