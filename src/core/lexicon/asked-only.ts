import type { LexiconList } from './lexicon';

/**
 * Skill names that are also everyday phrases of postings: "the latest research", "various
 * stakeholders", "a culture of experimentation", "business partners and leadership". Such an
 * alias counts only when the sentence asks for it (evidence.ts): "experience in research",
 * "strong leadership skills", or in a list beside another skill ("communication and
 * leadership"). A verb and its object that also name a thing are among them: "you will design and
 * build systems" asks for no build system, "familiarity with git, build systems, and CI/CD" does.
 * Hyphens and spaces are one: "data-driven decisions" is "data driven decisions".
 */
export const ASKED_ONLY_LIST: LexiconList = {
  kind: 'asked-only',
  text: `
ad systems
ads
ads system
ads systems
advertisement
advertising systems
ai
ai research
ai systems
ai techniques
ai technologies
ai/ml
algorithm
algorithmic
algorithms
applied ai
artificial intelligence
automation
build process
build processes
build system
build systems
build tooling
business requirements
client facing
cloud services
compliance
content understanding
creativity
curiosity
curious
customer facing
data driven decision making
data driven decisions
data infrastructure
data insights
data platform
data platforms
database
decision making
design systems
documentation
ethics
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
ml model lifecycle
model training
negotiation
proactive
proactively
product roadmap
publications
ranking
recommendation
research
research and development
scalability
scalable software
scalable solutions
search
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
experience
expertise
skill
skills
`,
};

/**
 * Kinds of data that a duty names as the material it works on: "work with large amounts of
 * structured and unstructured data", "parsing and interpreting unstructured documents". A duties
 * sentence names them as what the job handles, not as a skill asked (readers of the labelled
 * postings list none of 4 postings that name them only in their duties, and 3 of 3 that ask
 * them in a qualification); a qualification, or a duty worded as an ask, still asks them.
 */
export const DUTY_MATERIAL_LIST: LexiconList = {
  kind: 'duty-material',
  text: `
unstructured data
unstructured data sets
unstructured datasets
unstructured documents
unstructured text
unstructured text data
`,
};
