import { z } from '../zod';

/**
 * Everything read from storage or from an imported file is parsed with these schemas before the
 * extension trusts it: stored data can be corrupt, written by a newer or older version of the
 * extension, or by something else entirely.
 */

export const SKILL_LEVELS = ['learning', 'working', 'expert'] as const;
export const skillLevelSchema = z.enum(SKILL_LEVELS);

/** A taxonomy id (`python`, `scikit-learn`) or a custom skill (`custom:<slug>`). */
export const userSkillIdSchema = z
  .string()
  .check(z.maxLength(80), z.regex(/^(?:custom:)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a skill id is kebab-case, or custom:<slug>'));

export const userSkillSchema = z.strictObject({
  id: userSkillIdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  level: z.optional(skillLevelSchema),
});

export const skillListSchema = z.array(userSkillSchema);

/** Version 1 of the stored skill list: bare strings (taxonomy ids or free text). */
export const skillListV1Schema = z.array(z.string());

export const settingsSchema = z.strictObject({
  /** Highlight the posting's skills in the page. */
  highlights: z.boolean(),
  /** The user opted in to analysing every site (the optional host permission for all URLs). */
  allSites: z.boolean(),
  /**
   * Colour the in-page highlights by status (have / missing). Off by default: the page's own
   * scripts can read highlight colours, and so which of the posting's skills the user has.
   */
  colourHighlights: z._default(z.boolean(), false),
});

export const quarantineEntrySchema = z.strictObject({
  /** Storage key the data came from (`sync:skills`), or `import` for a rejected file. */
  key: z.string(),
  /** Why it was set aside, in words a user can read. */
  reason: z.string(),
  /** ISO date. */
  at: z.string(),
  /** The raw value exactly as found. */
  value: z.unknown(),
});

export const quarantineSchema = z.array(quarantineEntrySchema);

export type SkillLevel = z.infer<typeof skillLevelSchema>;
export type StoredUserSkill = z.infer<typeof userSkillSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;

/** Turns a zod error into one short sentence naming where and what. */
export function describeZodError(error: z.core.$ZodError, root = 'value'): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.length
    ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
    : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${root}${path}: ${issue.message}${more}`;
}

/** `custom:<slug>` for a name that is not in the taxonomy. */
export function customSkillId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `custom:${slug || 'skill'}`;
}
