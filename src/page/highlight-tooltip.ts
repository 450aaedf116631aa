/**
 * The small "Python · Missing — required" label (with an empty list, "Python · Required here", as
 * the popup says) shown when the pointer (or the text caret) is on
 * a highlighted skill. Highlights are not elements, so there is nothing to hover: the caller finds
 * the highlighted range under the pointer and asks this module to show a label next to it.
 *
 * The label lives in a closed shadow root: the page can see that an element without attributes
 * exists while the label is shown (it is only in the DOM then), but cannot read what it says.
 * All styling is inside the shadow root; `!important` on `:host` wins over page rules because
 * important declarations of an inner tree beat those of the outer one.
 */

const CSS_TEXT = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  display: block !important;
}
.tip {
  position: fixed;
  max-width: 320px;
  box-sizing: border-box;
  padding: 6px 9px;
  border-radius: 6px;
  background: #1f2328;
  color: #f6f8fa;
  font: 500 12px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25);
  border: 1px solid rgba(255, 255, 255, 0.18);
  white-space: normal;
  pointer-events: none;
}
.name { font-weight: 650; }
.status { display: block; margin-top: 1px; }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: 0; }
.have .dot { background: #4ade80; }
.missing-required .dot { background: #f87171; }
.missing-preferred .dot { background: #fbbf24; }
.mentioned .dot { background: #9ca3af; }
.brand { opacity: 0.65; font-weight: 400; }
`;

export interface Tooltip {
  /** Show `name` / `status` beside `anchor` (viewport coordinates). */
  show(name: string, statusLabel: string, statusClass: string, anchor: DOMRect): void;
  hide(): void;
  readonly visible: boolean;
  destroy(): void;
}

export function createTooltip(doc: Document): Tooltip {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let nameEl: HTMLElement | null = null;
  let statusEl: HTMLElement | null = null;
  let visible = false;

  const build = () => {
    host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    box = doc.createElement('div');
    box.setAttribute('role', 'tooltip');
    nameEl = doc.createElement('span');
    nameEl.className = 'name';
    statusEl = doc.createElement('span');
    statusEl.className = 'status';
    box.append(nameEl, statusEl);
    shadow.append(style, box);
  };

  return {
    get visible() {
      return visible;
    },
    show(name, statusLabel, statusClass, anchor) {
      if (!host) build();
      const view = doc.defaultView;
      // textContent only: skill names come from our taxonomy, but nothing is parsed as HTML anyway.
      nameEl!.textContent = name;
      statusEl!.textContent = '';
      const dot = doc.createElement('span');
      dot.className = 'dot';
      statusEl!.append(dot, statusLabel);
      const brand = doc.createElement('span');
      brand.className = 'brand';
      brand.textContent = ' · Role Lens';
      statusEl!.append(brand);
      box!.className = `tip ${statusClass}`;
      // Below the word, or above it near the bottom of the viewport; kept inside horizontally.
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const left = Math.max(4, Math.min(anchor.left, vw - 324));
      const below = anchor.bottom + 6;
      const top = below + 48 > vh ? Math.max(4, anchor.top - 52) : below;
      box!.style.left = `${Math.round(left)}px`;
      box!.style.top = `${Math.round(top)}px`;
      if (!host!.isConnected) doc.documentElement.append(host!);
      visible = true;
    },
    hide() {
      if (host?.isConnected) host.remove();
      visible = false;
    },
    destroy() {
      host?.remove();
      host = box = nameEl = statusEl = null;
      visible = false;
    },
  };
}
