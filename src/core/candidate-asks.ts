import { ASK_PHRASE_LIST } from './lexicon/ask-phrases';
import { phrases } from './lexicon/lexicon';
import { WORK_VERB_LIST } from './lexicon/work-verbs';

/**
 * Sentences worded as an ask of the candidate, read from their opening words whatever heading
 * they stand under: a qualification ("Experience with GraphQL", "We are seeking a Data Scientist
 * with expertise in…") or the work of the one hired said to them ("As a Data Scientist, you will
 * be responsible for…").
 */

/**
 * "We are looking for a Machine Learning Engineer with deep expertise in Generative AI models…",
 * "We are seeking a highly skilled Data Scientist with expertise in statistical modeling…": the
 * employer names what the one it looks for knows, an ask even in the blurb before the headings.
 * Not "We're looking for an experienced engineer to help us develop…": that is the job.
 */
const LOOKS_FOR_SKILLS =
  /^[\W\d]*we(?:'re|’re| are)?\s+(?:currently\s+)?(?:looking\s+for|seeking|searching\s+for)\b[^.]*?\b(?:with|who\s+(?:has|have|brings?)|that\s+(?:has|have))\b[^.]*?\b(?:experience|expertise|knowledge|understanding|background|skills|proficiency)\s+(?:in|of|with|and)\b/i;

/**
 * A sentence that asks for something of the candidate, wherever it stands ("Experience with
 * GraphQL"): it opens with one of the lexicon's ask phrases (lexicon/ask-phrases.ts), perhaps
 * after an adjective ("Solid knowledge of"), or with another way of asking.
 */
const ASKS_FOR = new RegExp(
  String.raw`^[\W\d]*((deep |solid |strong |good |working |in-depth |excellent )?(${phrases(ASK_PHRASE_LIST).join('|')})|experience (of|building|developing|working)|hands-on experience|fluent|you (have|bring|know|are (comfortable|experienced|proficient|familiar))|ability to|must)`,
  'i',
);

/**
 * "As a Data Scientist, you will be responsible for using the latest developments in statistics…",
 * "As an SDE on our team, you will design, build, and maintain systems for evaluating models": the
 * work of the one hired, said before the headings; what it is done with is asked as a duty under
 * a heading of duties is.
 */
const DUTY_OF_YOU = new RegExp(
  String.raw`^[\W\d]*(?:as an? [^,.]{3,60}, )?you(?: will|'ll|’ll) (?:be responsible for |also )?(?:${phrases(WORK_VERB_LIST).join('|')}|use|using|apply|build|create|lead|drive)\b`,
  'i',
);

/** The sentence asks for something of the candidate: it opens the way a qualification does, or the employer names what the one it looks for knows. */
export const asksOfCandidate = (body: string): boolean => ASKS_FOR.test(body) || LOOKS_FOR_SKILLS.test(body);

/** The sentence tells the one hired what they will do ("you will build…"): read where no heading says what the section is. */
export const isDutyOfYou = (body: string): boolean => DUTY_OF_YOU.test(body);
