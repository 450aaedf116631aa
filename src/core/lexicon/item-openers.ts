import type { LexiconList } from './lexicon';

/**
 * Words that typically open a list item or a sentence of a posting, read capitalised: when
 * scraping loses the line breaks ("…in machine learningExperience with Docker…", "teamAbility
 * to…"), one of them glued to a lower-case word marks where an item ended (run-together.ts,
 * sections.ts). Camel-case product names (PyTorch, JavaScript) are not split, because their second
 * half isn't one of these words. Their own family: the same words serve other readers with other
 * kinds ("Experience" is also a heading and an ask noun).
 */
export const ITEM_OPENER_LIST: LexiconList = {
  kind: 'item-opener',
  text: `
ability
about
additional
advanced
analyze
apply
bachelor
background
basic
benefits
bonus
build
collaborate
comfortable
communicate
compensation
competitive
conduct
contribute
create
currently
deep
define
demonstrated
deploy
design
develop
drive
effective
ensure
equal
establish
excellent
exceptional
experience
expertise
exposure
familiar
familiarity
flexible
generous
good
hands
health
help
ideally
identify
implement
improve
key
knowledge
lead
maintain
manage
master
medical
mentor
minimum
must
nice
optimize
our
outstanding
own
participate
partner
passion
pay
phd
practical
preferably
preferred
previous
prior
proficiency
proficient
proven
provide
qualifications
required
requirements
responsibilities
responsible
salary
skilled
solid
stay
strong
support
this
track
translate
understanding
use
utilize
we
what
who
willingness
work
working
write
you
`,
};
