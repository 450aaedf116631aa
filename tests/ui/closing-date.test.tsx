import { expect, test } from 'vitest';
import { closingLine } from '../../src/ui/format';
import { PopupHeader } from '../../src/ui/PopupHeader';
import { installDom, mount, text } from './helpers/dom';

installDom();

const NOW = new Date('2026-11-27T10:00:00Z');

test.each([
  ['2026-12-31', 'Apply by 31 Dec 2026', false],
  ['2026-11-27', 'Apply by 27 Nov 2026', false], // a date alone lasts to the end of that day
  ['2026-10-03', 'Applications closed 3 Oct 2026', true],
  ['2026-11-26T23:59:00Z', 'Applications closed 26 Nov 2026', true],
])('validThrough %s → "%s"', (value, line, closed) => {
  expect(closingLine(value, NOW)).toEqual({ text: line, closed });
});

test.each([undefined, '', 'soon', 'until filled', '2026-13-45'])('no line for an unreadable date: %s', (value) => {
  expect(closingLine(value, NOW)).toBeNull();
});

test('the header says when applications closed, as text', async () => {
  const m = await mount(<PopupHeader title="Data Engineer" company="Acme" validThrough="2026-10-03" now={NOW} />);
  expect(text(m.byTestId('posting-closing'))).toBe('Applications closed 3 Oct 2026');
  const open = await mount(<PopupHeader title="Data Engineer" validThrough="2026-12-31" now={NOW} />);
  expect(text(open.byTestId('posting-closing'))).toBe('Apply by 31 Dec 2026');
  const none = await mount(<PopupHeader title="Data Engineer" now={NOW} />);
  expect(none.container.querySelector('[data-testid="posting-closing"]')).toBeNull();
});
