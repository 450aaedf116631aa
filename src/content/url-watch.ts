/**
 * Calls back when the page's URL changes without a load (history.pushState on LinkedIn's and
 * Indeed's two-pane searches). Listens only: unlike WXT's `wxt:locationchange`, which dispatches
 * an event named after the extension id on `window` where page scripts can listen for it, nothing
 * is dispatched into the page. Navigation API where the browser has it (Chromium), else polling.
 */
export function watchUrl(win: Window, signal: AbortSignal, onChange: (url: string) => void, pollMs = 1000): void {
  let last = win.location.href;
  const check = () => {
    if (signal.aborted) return;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // `navigate` fires before the URL is committed: look once it has been.
    nav.addEventListener('navigatesuccess', check, { signal });
    nav.addEventListener('navigate', () => win.setTimeout(check, 0), { signal });
  } else {
    const timer = win.setInterval(check, pollMs);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
}
