import type { LexiconList } from './lexicon';

/**
 * Words that open a sentence or a list item and name nothing: after a skill glued to them by
 * scraping ("PyTorchThe team…", "LLMsWe offer", "TritonSuccessful track record", "SQLDeliver
 * results") they say one item ended there. Benefit items open with "Annual", "Paid",
 * "Unlimited" and the like ("ETLAnnual bonus" ends a list of tools). The other words that open items are the matcher's item openers
 * (run-together.ts), the ask and work words (asked-only.ts, work-verbs.ts) and skills' names;
 * together they are how glued-words.ts tells "CUDA|Linux" from a company or product named after a
 * tool ("ZoomInfo", "RustConf", "JavaWorld"), whose second half is none of them.
 */
export const SENTENCE_OPENER_LIST: LexiconList = {
  kind: 'sentence-opener',
  text: `
a
all
an
annual
as
at
candidates
comprehensive
deliver
demonstrable
each
for
if
in
join
monthly
on
other
our
paid
please
successful
the
these
they
this
to
together
tune
unlimited
what
when
why
your
`,
};
