import { z } from './zod';
import type { Analysis, Posting } from './core/types';

/**
 * Every message between the content script, the background and the popup, typed in one place.
 * Page text never travels as HTML: only plain strings that the popup renders as text.
 */
export type PageState =
  | {
      kind: 'posting';
      posting: Pick<Posting, 'title' | 'company' | 'url' | 'source' | 'validThrough'>;
      analysis: Analysis;
      /** What a stage could not do in full ("Highlights were limited: …"), said in the popup. */
      notes?: string[];
    }
  | { kind: 'not-posting'; reason: string; url: string };

export type Message =
  /**
   * content → background: the tab's current result (badge and per-tab cache), and whether the
   * skill list it was scored against was empty (the badge then shows no score). Said by the
   * script that scored it, so the badge never reads storage first, nor disagrees with the score.
   */
  | { type: 'page-state'; state: PageState; skillListEmpty?: boolean }
  /** popup → content: analyse the page even if it does not look like a posting. */
  | { type: 'analyze-anyway' }
  /** popup → content: current result, recomputed if stale. */
  | { type: 'get-state' }
  /** popup → content: scroll to the first mention of a skill. */
  | { type: 'reveal-skill'; skillId: string }
  /** popup → content: highlights on or off. */
  | { type: 'set-highlights'; enabled: boolean }
  /** popup → content: the analysed posting's text, for the "not asked here" report the user saves. */
  | { type: 'get-posting-text' }
  /** popup → background: state cached for a tab. */
  | { type: 'get-tab-state'; tabId: number }
  /**
   * background → extension pages (popup): a tab's state changed (new posting, skill list edited).
   * Sent with `runtime.sendMessage`, so only extension pages get it; nobody has to listen.
   */
  | { type: 'tab-state-changed'; tabId: number; state: PageState | null };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message resolves to (`undefined`: fire and forget). */
export interface MessageResponses {
  'page-state': undefined;
  /** The new state: a posting, or not-posting when the page has no text to analyse. */
  'analyze-anyway': PageState;
  /** `null` while the content script has not finished its first analysis. */
  'get-state': PageState | null;
  /** `found`: the skill is mentioned in the page and was scrolled into view. */
  'reveal-skill': { found: boolean };
  /** `supported`: false when the browser lacks the CSS Custom Highlight API (nothing is drawn). */
  'set-highlights': { enabled: boolean; supported: boolean };
  /** `null` when the page holds no analysed posting. */
  'get-posting-text': { text: string } | null;
  /** `null` for a tab without a result (not a job site, not analysed yet, closed). */
  'get-tab-state': PageState | null;
  'tab-state-changed': undefined;
}

export type ResponseOf<T extends MessageType> = MessageResponses[T];

/**
 * Shape check for messages received from other parts of the extension. `runtime.onMessage` only
 * hears this extension's own pages and content scripts, but a stale content script of an older
 * version may still talk, so nothing is trusted blindly. The analysis itself is produced by our
 * own engine and is only checked for its outline.
 */
const pageStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('posting'),
    posting: z.object({
      title: z.optional(z.string()),
      company: z.optional(z.string()),
      url: z.optional(z.string()),
      source: z.string(),
      validThrough: z.optional(z.string().check(z.maxLength(64))),
    }),
    analysis: z.looseObject({
      isJobPosting: z.boolean(),
      skills: z.array(z.unknown()),
      roles: z.array(z.unknown()),
      gap: z.looseObject({ score: z.number() }),
    }),
    notes: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10))),
  }),
  z.object({ kind: z.literal('not-posting'), reason: z.string(), url: z.string() }),
]);

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-state'), state: pageStateSchema, skillListEmpty: z.optional(z.boolean()) }),
  z.object({ type: z.literal('analyze-anyway') }),
  z.object({ type: z.literal('get-state') }),
  z.object({ type: z.literal('reveal-skill'), skillId: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal('set-highlights'), enabled: z.boolean() }),
  z.object({ type: z.literal('get-posting-text') }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.int() }),
  z.object({ type: z.literal('tab-state-changed'), tabId: z.int(), state: z.nullable(pageStateSchema) }),
]);

/** A tab's state as another part of the extension sent it, or `null` if it is not one. */
export function parsePageState(value: unknown): PageState | null {
  // The schema checks the outline; the full type comes from the declaration above.
  return pageStateSchema.safeParse(value).success ? (value as PageState) : null;
}

/** The message, or `null` if it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const parsed = messageSchema.safeParse(value);
  // The schema checks the outline; the full types come from the declarations above.
  return parsed.success ? (value as Message) : null;
}

/** The subset of `browser` the senders need, so they can be tested with a fake. */
export interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** content or popup → background. */
export async function sendToBackground<M extends Message>(
  api: MessagingApi,
  message: M,
): Promise<ResponseOf<M['type']>> {
  return (await api.runtime.sendMessage(message)) as ResponseOf<M['type']>;
}

/** popup or background → the content script of a tab. Rejects when the tab has none. */
export async function sendToTab<M extends Message>(
  api: MessagingApi,
  tabId: number,
  message: M,
): Promise<ResponseOf<M['type']>> {
  if (!api.tabs) throw new Error('tabs API unavailable in this context');
  return (await api.tabs.sendMessage(tabId, message)) as ResponseOf<M['type']>;
}
