import type { z } from 'zod/mini';

/**
 * The English messages users read when a stored list, a history entry or an imported file is set
 * aside ("entry 3.name: needs at least 1 character"). zod/mini ships none; zod's own English
 * locale covers every format zod knows (e-mail, IBAN, JWT…) and came to about 1 KB compressed in
 * each of the content script, the background and the pages, where these schemas need only the
 * cases below.
 */
/** zod's type names as a reader says them. */
const TYPES: Readonly<Record<string, string>> = { string: 'text', array: 'a list', object: 'an object', number: 'a number', int: 'a whole number', boolean: 'true or false' };
const UNITS: Readonly<Record<string, string>> = { string: 'character', array: 'item', set: 'item', map: 'entry' };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return TYPES[typeof value] ?? typeof value;
}

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

function bound(origin: string | undefined, limit: number | bigint | Date, least: boolean, inclusive: boolean | undefined, exact: boolean | undefined): string {
  const unit = origin === undefined ? undefined : UNITS[origin];
  const n = Number(limit);
  const how = exact ? 'exactly' : least ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  if (!unit) return `must be ${how} ${n}`;
  return `needs ${how} ${n} ${n === 1 ? unit : unit === 'entry' ? 'entries' : `${unit}s`}`;
}

export const englishMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPES[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(shown).join(' or ')}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, true, issue.inclusive, issue.exact);
    case 'too_big':
      return bound(issue.origin, issue.maximum, false, issue.inclusive, issue.exact);
    case 'invalid_format':
      return `is not a valid ${issue.format === 'datetime' ? 'date and time' : issue.format}`;
    case 'unrecognized_keys':
      return `has unexpected ${issue.keys.length > 1 ? 'keys' : 'key'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the accepted forms';
    default:
      return 'is not valid';
  }
};
