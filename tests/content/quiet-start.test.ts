import { expect, test } from 'vitest';
import { muteWxtAnnouncement } from '../../src/content/quiet-start';

class FakeWindow {
  sent: unknown[] = [];
  postMessage(message: unknown) {
    this.sent.push(message);
  }
}
class FakeDocument {
  events: string[] = [];
  listening: string[] = [];
  dispatchEvent(event: Event) {
    this.events.push(event.type);
    return true;
  }
  addEventListener(type: string) {
    this.listening.push(type);
  }
}

test("WXT's start-up announcement is dropped, everything else passes, and restore() puts the originals back", () => {
  const win = new FakeWindow();
  const doc = new FakeDocument();
  const restore = muteWxtAnnouncement(win as unknown as Window, doc as unknown as Document);
  const name = 'abcdefghijklmnop:content:wxt:content-script-started';
  (win as unknown as Window).postMessage({ type: name, messageId: 'x' }, '*');
  (win as unknown as Window).postMessage({ type: 'other' }, '*');
  doc.dispatchEvent(new Event(name));
  doc.dispatchEvent(new Event('click'));
  expect(win.sent).toEqual([{ type: 'other' }]);
  expect(doc.events).toEqual(['click']);
  restore();
  expect(Object.hasOwn(win, 'postMessage')).toBe(false);
  expect(Object.hasOwn(doc, 'dispatchEvent')).toBe(false);
  (win as unknown as Window).postMessage({ type: name }, '*');
  expect(win.sent).toHaveLength(2);
});

test("WXT's listener for newer copies is never registered, so a page can't stop the script", () => {
  const doc = new FakeDocument();
  const restore = muteWxtAnnouncement(new FakeWindow() as unknown as Window, doc as unknown as Document);
  const name = 'abcdefghijklmnop:content:wxt:content-script-started';
  (doc as unknown as Document).addEventListener(name, () => undefined);
  (doc as unknown as Document).addEventListener('click', () => undefined);
  expect(doc.listening).toEqual(['click']);
  restore();
  expect(Object.hasOwn(doc, 'addEventListener')).toBe(false);
});
