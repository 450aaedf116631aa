import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { beforeOpenerAt, EXAMPLES_OPENERS, examplesOpenerSource } from '../../src/core/examples-openers';
import { createMatcher } from '../../src/core/matcher';
import { tokenize } from '../../src/core/tokenize';

describe('one list of examples openers, read as text and as tokens', () => {
  const re = new RegExp(`(?:${examplesOpenerSource()})$`, 'i');
  test.each(['such as', 'Such  as', 'e.g.', 'e.g', 'E. g.', 'including', 'including but not limited to', 'incl.', 'for example', 'namely'])('%s opens examples', (text) => {
    expect(re.test(text)).toBe(true);
  });

  test('every opener of the lexicon ends a token stream where it is written', () => {
    for (const opener of EXAMPLES_OPENERS) {
      const t = tokenize(`teams ${opener}`);
      expect(beforeOpenerAt(t, t.count - 1), opener).toBe(0);
    }
    const plain = tokenize('teams that build');
    expect(beforeOpenerAt(plain, plain.count - 1)).toBeNull();
  });
});

describe('an everyday name right after an examples opener is a name', () => {
  const matcher = createMatcher(BUNDLED_TAXONOMY);
  const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);
  // Modelled on a robotics posting of the development set.
  test('"simulation frameworks (e.g., Gazebo, V-REP, Unity)"', () => {
    expect(ids('Experience with simulation frameworks (e.g., Gazebo, V-REP, Unity) and robotics applications')).toContain('gazebo');
  });
  test('an everyday word at a sentence start stays English', () => {
    expect(ids('Our office has a gazebo. Gazebo lunches happen on Fridays.')).not.toContain('gazebo');
  });
});
