/**
 * Real postings often lose their line breaks upstream, gluing one list item to the next:
 * "…in machine learningExperience with Docker…", "…Computer Science3+ years…". A capitalised
 * word that typically opens a list item, glued to a lower-case word, marks such a join; camel
 * case product names (PyTorch, JavaScript) are not split because their second half isn't one of
 * these words.
 */
export const ITEM_OPENERS =
  'Experience|Ability|Strong|Excellent|Proficiency|Proficient|Familiarity|Familiar|Knowledge|Understanding|Bachelor|Master|PhD|Develop|Design|Build|Work|Collaborate|Lead|Own|Drive|Partner|Create|Implement|Deploy|Maintain|Good|Solid|Demonstrated|Proven|Hands|Deep|Minimum|Preferred|Must|You|We|Our|This|Currently|Background|Expertise|Track|Prior|Passion|Comfortable|Willingness|Ensure|Support|Manage|Mentor|Conduct|Analyze|Communicate|Contribute|Stay|Help|Write|Apply|Optimize|Translate|Define|Establish|Identify|Improve|Provide|Participate|Use|Utilize|Responsible|Skilled|Effective|Outstanding|Exceptional|Advanced|Working|Practical|Bonus|Nice|Required|Benefits|Equal|Salary|Compensation|Pay|Competitive|Health|Medical|Flexible|Generous|Qualifications|Requirements|Responsibilities|Preferred|What|Who|About|Key|Basic|Additional';

/**
 * Small words that scraped text glues to the name after them: "tools such asPyTorch",
 * "expertise inKubernetes". No tool's name starts with one of them and then a capital.
 */
const GLUED_BEFORE = 'as|in|with|including|using|like|and|or|of|for|on|via|from|into|especially';

/** Offsets inside one word where a glued list item starts: "learningExperience" → [8]. */
const JOIN_RE = new RegExp(`(?<=\\p{Ll}{2})(?=(?:${ITEM_OPENERS})(?:\\p{Lu}|$))|(?<=\\p{Ll}{3})(?=(?:${ITEM_OPENERS})\\p{Ll}*$)|(?<=\\p{L}{4})(?=\\d)|(?<=^(?:${GLUED_BEFORE}))(?=\\p{Lu})`, 'gu');

/** Lower case then upper case, or a letter then a digit: the only words worth the regex. */
function mayBeJoined(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const prev = word.charCodeAt(i - 1);
    const c = word.charCodeAt(i);
    const prevLower = prev >= 97 && prev <= 122;
    if (prevLower && c >= 65 && c <= 90) return true;
    if ((prevLower || (prev >= 65 && prev <= 90)) && c >= 48 && c <= 57) return true;
  }
  return false;
}

export function joinPoints(word: string): number[] {
  if (word.length < 5 || !mayBeJoined(word)) return [];
  const out: number[] = [];
  JOIN_RE.lastIndex = 0;
  for (let m = JOIN_RE.exec(word); m; m = JOIN_RE.exec(word)) {
    if (m.index > 0 && m.index < word.length) out.push(m.index);
    JOIN_RE.lastIndex = m.index + 1;
  }
  return out;
}
