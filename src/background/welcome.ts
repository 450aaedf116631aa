/** The part of `runtime` used to open the welcome page. */
export interface WelcomeApi {
  onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  getURL(path: string): string;
}

/**
 * Opens the welcome page when the extension is first installed (not on updates, browser updates
 * or reloads during development, which would open it again and again).
 */
export function openWelcomeOnInstall(runtime: WelcomeApi, openTab: (url: string) => Promise<unknown>): void {
  runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openTab(runtime.getURL('/welcome.html')).catch((err: unknown) => console.warn('[role-lens] welcome page', err));
  });
}
