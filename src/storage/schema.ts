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
  /** The raw value exactly as found, or a summary of it when `inPlace`. */
  value: z.unknown(),
  /** Fingerprint of the raw value, so the same data is recorded once. */
  digest: z.optional(z.string()),
  /**
   * Too large to copy (storage quota): only a summary is here, and the original was left where it
   * was found, untouched.
   */
  inPlace: z.optional(z.boolean()),
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

/** A name as the user meant it, whatever the script: NFKC, lower-case, spaces collapsed. */
export function normaliseSkillName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The id of a skill outside the taxonomy: `custom:<slug>-<hash>`, or `custom:<hash>` when the name
 * has no Latin letters or digits (Cyrillic, Japanese, Arabic, Greek, Chinese…). The hash of the
 * normalised name is the identity, so no two names collide whatever their script ("Машинное
 * обучение" and "機械学習" used to both be `custom:skill`); the slug is only there to be read.
 */
export function customSkillId(name: string): string {
  const slug = legacySlug(name).slice(0, 48).replace(/-+$/, '');
  const hash = nameHash(normaliseSkillName(name));
  return `custom:${slug ? `${slug}-` : ''}${hash}`;
}

/** The id earlier versions gave a custom skill (`custom:<slug>`), still found in stored lists. */
export function legacyCustomSkillId(name: string): string {
  return `custom:${legacySlug(name).slice(0, 60).replace(/-+$/, '') || 'skill'}`;
}

function legacySlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 64 bits of two FNV-1a variants over the UTF-16 code units, in base 36 (13 characters at most). */
function nameHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}
