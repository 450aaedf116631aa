import type { PageState } from '../messages';
import { MATCH_MEANING, matchLevel, MATCH_WORD, type MatchLevel } from '../core/verdict';

/**
 * Toolbar badge for a tab's state: the match score on a posting, coloured by the thresholds the
 * popup uses too (src/core/verdict.ts); nothing elsewhere. With an empty skill list there is no
 * score to show, so the badge only says a posting was found, in a neutral grey.
 */
export interface Badge {
  text: string;
  color: string;
  /** The toolbar button's tooltip, the badge's words for those who can't read its colour. */
  title: string;
}

export const BADGE_COLORS: Record<MatchLevel | 'neutral', string> = {
  good: '#1a7f37',
  fair: '#b45309',
  poor: '#c62828',
  neutral: '#5f6368',
};

export const DEFAULT_TITLE = 'Role Lens';

export interface BadgeContext {
  /** The user's skill list has no skills yet: nothing to score against. */
  emptyList: boolean;
}

export function badgeFor(state: PageState | null, ctx: BadgeContext = { emptyList: false }): Badge | null {
  if (!state || state.kind !== 'posting') return null;
  if (ctx.emptyList) {
    return { text: 'job', color: BADGE_COLORS.neutral, title: 'Role Lens: job posting found. Add your skills to see your match.' };
  }
  const score = Math.max(0, Math.min(1, state.analysis.gap.score));
  const pct = Math.round(score * 100);
  const level = matchLevel(score);
  return { text: `${pct}%`, color: BADGE_COLORS[level], title: `Role Lens: ${MATCH_WORD[level].toLowerCase()}, ${pct}%. ${MATCH_MEANING}` };
}

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) used here. */
export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId?: number; color: string }): Promise<void>;
  setTitle?(details: { tabId?: number; title: string }): Promise<void>;
}

export async function applyBadge(api: BadgeApi, tabId: number, state: PageState | null, ctx?: BadgeContext): Promise<void> {
  const badge = badgeFor(state, ctx);
  if (!badge) {
    await Promise.all([api.setBadgeText({ tabId, text: '' }), api.setTitle?.({ tabId, title: DEFAULT_TITLE })]);
    return;
  }
  // Together, not one round trip to the browser after another: the badge is there sooner.
  await Promise.all([
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    // White on the coloured background; setBadgeTextColor is Chrome 110+ / Firefox 63+.
    api.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    api.setBadgeText({ tabId, text: badge.text }),
    api.setTitle?.({ tabId, title: badge.title }),
  ]);
}
