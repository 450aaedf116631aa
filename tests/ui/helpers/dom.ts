import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * A DOM for component tests without happy-dom/jsdom: linkedom's document set as the global one,
 * and preact rendering into it. `act` flushes renders and effects.
 */
export function installDom(): Window & typeof globalThis {
  const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'MouseEvent', 'InputEvent', 'CustomEvent']) {
    g[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
  }
  if (!g.requestAnimationFrame) g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
  if (!g.cancelAnimationFrame) g.cancelAnimationFrame = (id: number) => clearTimeout(id);
  return window as unknown as Window & typeof globalThis;
}

export interface Mounted {
  container: HTMLElement;
  byTestId<T extends Element = HTMLElement>(id: string): T | null;
  all(selector: string): Element[];
  unmount(): void;
}

export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(() => {
    render(vnode, container);
  });
  return {
    container,
    byTestId: <T extends Element = HTMLElement>(id: string) => container.querySelector(`[data-testid="${id}"]`) as T | null,
    all: (selector) => [...container.querySelectorAll(selector)],
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('click: no element');
  await act(() => {
    el.dispatchEvent(new window.Event('click', { bubbles: true }));
  });
}

export async function typeInto(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('typeInto: no element');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}

export async function keyDown(el: Element | null, key: string): Promise<void> {
  if (!el) throw new Error('keyDown: no element');
  await act(() => {
    const event = new window.Event('keydown', { bubbles: true }) as Event & { key: string };
    Object.defineProperty(event, 'key', { value: key });
    el.dispatchEvent(event);
  });
}

/** Lets pending promises (fake storage, fake data sources) settle, inside act. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A boolean form property (`checked`, `disabled`). linkedom keeps some only as attributes, and
 * preact then writes them as attributes, so read both.
 */
export function flag(el: Element | null, name: 'checked' | 'disabled'): boolean {
  if (!el) throw new Error(`flag(${name}): no element`);
  const prop = (el as unknown as Record<string, unknown>)[name];
  if (typeof prop === 'boolean' && prop) return true;
  const attr = el.getAttribute(name);
  return attr !== null && attr !== 'false';
}

/** A checkbox toggled by the user: linkedom has no default action for click, so fire change. */
export async function toggle(el: Element | null): Promise<void> {
  if (!el) throw new Error('toggle: no element');
  await act(() => {
    el.dispatchEvent(new window.Event('change', { bubbles: true }));
  });
}
