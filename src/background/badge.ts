import type { PageState } from '../messages';

/** Toolbar badge for a tab's state: the match score on a posting, nothing elsewhere. */
export interface Badge {
  text: string;
  color: string;
}

export const BADGE_COLORS = { good: '#1a7f37', fair: '#b45309', poor: '#c62828' } as const;

export function badgeFor(state: PageState | null): Badge | null {
  if (!state || state.kind !== 'posting') return null;
  const pct = Math.max(0, Math.min(100, Math.round(state.analysis.gap.score * 100)));
  const color = pct >= 70 ? BADGE_COLORS.good : pct >= 40 ? BADGE_COLORS.fair : BADGE_COLORS.poor;
  return { text: `${pct}%`, color };
}

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) used here. */
export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId?: number; color: string }): Promise<void>;
}

export async function applyBadge(api: BadgeApi, tabId: number, state: PageState | null): Promise<void> {
  const badge = badgeFor(state);
  if (!badge) {
    await api.setBadgeText({ tabId, text: '' });
    return;
  }
  await api.setBadgeBackgroundColor({ tabId, color: badge.color });
  // White on the coloured background; setBadgeTextColor is Chrome 110+ / Firefox 63+.
  await api.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  await api.setBadgeText({ tabId, text: badge.text });
}
