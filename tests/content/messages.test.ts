import { expect, test } from 'vitest';
import { parseMessage } from '../../src/messages';

test.each([
  [{ type: 'get-state' }, true],
  [{ type: 'get-tab-state', tabId: 3 }, true],
  [{ type: 'get-tab-state', tabId: '3' }, false],
  [{ type: 'reveal-skill', skillId: 'python' }, true],
  [{ type: 'set-highlights', enabled: 'yes' }, false],
  [{ type: 'page-state', state: { kind: 'not-posting', reason: 'r', url: 'u' } }, true],
  [{ type: 'page-state', state: { kind: 'posting' } }, false],
  [{ type: 'something-else' }, false],
  ['get-state', false],
  [null, false],
])('parseMessage(%j) accepted: %s', (value, ok) => {
  expect(parseMessage(value) !== null).toBe(ok);
});
