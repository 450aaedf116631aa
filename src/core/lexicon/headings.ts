import type { LexiconList } from './lexicon';

/**
 * Section headings of postings, one kind each. Two strengths:
 * - `heading-*`: headings only a posting has ("Requirements", "What You'll Do"). The page reader
 *   takes a page heading that starts with one as evidence of a posting (src/page/cues.ts), and
 *   the engine finds them even when run into the text ("…over time.What You'll DoBuild…").
 * - `section-word-*`: words that say what a section holds once a line is known to be a heading
 *   ("Skills", "Experience", "Overview"), but that résumés, blogs and product pages use as
 *   headings too: the engine reads them in a heading, the page reader never counts them.
 * Lower case, straight apostrophes; "&" is written "and" and hyphens as spaces (headingWords()).
 *
 * Kinds decided from real postings (../shared/data/job_postings, job_pages_html, job_pages_more):
 * - "About the role", "About the job", "Job description", "Position summary", "Role overview",
 *   "The opportunity" are responsibilities (the page reader called them "about"): in 110
 *   dev postings what follows is nearly always the job itself ("As a Machine Learning Engineer,
 *   you will build and deploy…"), and no saved non-posting page has them, so the page reader
 *   now counts them as strongly as "Responsibilities".
 * - "About us", "Who we are", "About the team" are the company (the page reader's "about").
 * - "Overview" alone is a section word: postings use it for the company blurb ("Overview:
 *   Working at Atlassian…") as often as for the role, and product and documentation pages use
 *   it too, so the page reader no longer counts it.
 * - "Introduction" is the company ("Team Introduction"), a weak cue for the page reader as before.
 */
export const HEADING_REQUIRED_LIST: LexiconList = {
  kind: 'heading-required',
  text: `
about you
basic qualifications
candidate profile
education and experience
essential criteria
essential qualifications
experience and qualifications
experience and skills
experience required
ideal candidate
job requirements
key qualifications
key requirements
knowledge skills and abilities
minimum qualification
minimum qualifications
minimum qualifications and experience
minimum requirements
must have
must haves
person specification
personal attributes
position requirements
qualifications
qualifications and competencies
qualifications and skills
qualities that will help you thrive in this role are
required competencies
required experience
required qualifications
required skills
required skills and experience
required skillset
requirements
role requirements
selection criteria
skills and experience
skills and qualifications
skills required
the ideal candidate
what are we looking for
what they are looking for
what they're looking for
what we are looking for
what we look for
what we need from you
what we're looking for
what we're looking for in you
what you bring
what you need
what you need to succeed
what you should have
what you will bring
what you will need
what you'll bring
what you'll need
what you'll need to succeed
who are you
who we're looking for
who you are
you bring
you have
you may be a good fit if you
you may be a good fit if you have
you might be a fit
you should have
you would enjoy being a member of our team if you
you'll thrive here if you
your background
your experience
your profile
your qualifications
your qualifications and skills
your skills
`,
};

export const SECTION_WORD_REQUIRED_LIST: LexiconList = {
  kind: 'section-word-required',
  text: `
basic
competencies
competency
education
expect from you
expect of you
experience
looking for
minimum
need from you
need of you
qualification
require from you
require of you
required
requirement
skills
to be successful
want from you
want of you
we need
what we expect
what we need
what we will expect
what we will need
what we'll expect
what we'll need
you need
you'll need
`,
};

export const HEADING_PREFERRED_LIST: LexiconList = {
  kind: 'heading-preferred',
  text: `
additional qualifications
advantageous to have
bonus
bonus points
desirable
desirable criteria
desired
desired experience
desired qualifications
desired skills
extra credit
extras
good to have
ideally you'd have
it would be a plus if
it would be great if
it would be nice if
it's a plus if
it's great if
it's nice if
nice to have
nice to have skills
nice to haves
optional qualifications
optional skills
plus
pluses
preferred
preferred experience
preferred qualifications
preferred requirements
preferred skills
preferred skills and experience
strong candidates may also have
useful skills
ways to stand out
ways to stand out from the crowd
we prefer
what makes you stand out
what will make you stand out
what would make you stand out
you may also have
you might also have
you will stand out if you have
you'll stand out if you have
`,
};

export const SECTION_WORD_PREFERRED_LIST: LexiconList = {
  kind: 'section-word-preferred',
  text: `
a plus
additional skills
even better
ideally
plus points
prefer
preferable
preferably
preference
preferences
stand out
we'd love
`,
};

export const HEADING_RESPONSIBILITIES_LIST: LexiconList = {
  kind: 'heading-responsibilities',
  text: `
about the job
about the opportunity
about the position
about the role
about this job
about this opportunity
about this position
about this role
day to day
duties
essential duties
essential duties and responsibilities
essential functions
essential job functions
how you will contribute
how you will lead
how you will make an impact
how you'll contribute
how you'll lead
how you'll make an impact
in this role
job description
job duties
job functions
job overview
job purpose
job responsibilities
job summary
key accountabilities
key duties
key job responsibilities
key responsibilities
main duties
main responsibilities
position description
position overview
position summary
principal accountabilities
responsibilities
responsibility
role and responsibilities
role description
role overview
role responsibilities
role summary
roles and responsibilities
the opportunity
the role
things you will do
things you'll do
what the job involves
what will you do
what would you do
what you might work on
what you will be doing
what you will do
what you will get to do
what you will work on
what you'll be doing
what you'll do
what you'll get to do
what you'll work on
your day
your focus
your impact
your mission
your responsibilities
your role
your tasks
`,
};

export const SECTION_WORD_RESPONSIBILITIES_LIST: LexiconList = {
  kind: 'section-word-responsibilities',
  text: `
overview
projects
technologies
the job
what you do
what you work on
you will
`,
};

export const HEADING_COMPANY_LIST: LexiconList = {
  kind: 'heading-company',
  text: `
about the company
about the team
about this team
about us
company description
company overview
how we're different
introduction
meet the team
our company
our culture
our mission
our story
our team
our values
team introduction
the team
what we do
what you should know about this team
who we are
who you will work with
who you'll work with
`,
};

export const SECTION_WORD_COMPANY_LIST: LexiconList = {
  kind: 'section-word-company',
  text: `
about our
the company
`,
};

/** Notices every employer must give: the engine reads them as the company's voice; they say nothing of a posting. */
export const HEADING_LEGAL_LIST: LexiconList = {
  kind: 'heading-legal',
  text: `
equal employment opportunity
equal opportunity
equal opportunity employer
our commitment to diversity and inclusion
`,
};

export const SECTION_WORD_LEGAL_LIST: LexiconList = {
  kind: 'section-word-legal',
  text: `
accommodation
accommodations
background check
disclaimer
diversity
e verify
eeo
equal employment
inclusion
legal
privacy
recruiting fraud
recruiting scam
recruitment fraud
recruitment scam
`,
};

export const HEADING_BENEFITS_LIST: LexiconList = {
  kind: 'heading-benefits',
  text: `
base pay range
benefits
compensation
how you will grow
how you'll grow
our offer
pay range
pay transparency
perks
salary
salary range
total rewards
we offer
what we offer
what you get
what you will gain
what you will get
what you'll gain
what you'll get
what's in it for you
whats in it for you
why join
why join us
why should you work
why work
why you might like this job
why you should apply
why you should join
why you'll like working
why you'll like working at
why you'll like working for
why you'll love working
why you'll love working at
why you'll love working for
`,
};

export const SECTION_WORD_BENEFITS_LIST: LexiconList = {
  kind: 'section-word-benefits',
  text: `
benefit
life at
rewards
time off
what's in it
working here
working with us
`,
};

/** The tools the company works with, listed apart from what it asks of the candidate: named, not asked. */
export const HEADING_TOOLS_LIST: LexiconList = {
  kind: 'heading-tools',
  text: `
our current tech stack
our stack
our tech stack
tech stack
tech we use
technologies we use
technology stack
tools we use
`,
};

/**
 * Notes on the job after its lists: "Additional Information", "Other Important Information"
 * (pay, relocation, work schedule, clearance). They end the list before them: what they say is
 * asked only where it says so ("This position requires a government security clearance, you
 * must be a US Citizen"). 16 of the 488 development postings have one, each right after the
 * requirements or the extras.
 */
export const HEADING_NOTES_LIST: LexiconList = {
  kind: 'heading-notes',
  text: `
additional details
additional information
other important information
`,
};

export const HEADING_LISTS: readonly LexiconList[] = [
  HEADING_REQUIRED_LIST,
  SECTION_WORD_REQUIRED_LIST,
  HEADING_PREFERRED_LIST,
  SECTION_WORD_PREFERRED_LIST,
  HEADING_RESPONSIBILITIES_LIST,
  SECTION_WORD_RESPONSIBILITIES_LIST,
  HEADING_COMPANY_LIST,
  SECTION_WORD_COMPANY_LIST,
  HEADING_LEGAL_LIST,
  SECTION_WORD_LEGAL_LIST,
  HEADING_BENEFITS_LIST,
  SECTION_WORD_BENEFITS_LIST,
  HEADING_TOOLS_LIST,
  HEADING_NOTES_LIST,
];
