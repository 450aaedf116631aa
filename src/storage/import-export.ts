import { z } from '../zod';
import type { SkillRef, UserSkill } from '../core/types';
import { customSkillId, describeZodError, skillLevelSchema, userSkillIdSchema } from './schema';

/**
 * Skill list files. Export writes our own tagged format; import accepts it, or a bare JSON array
 * of names or `{ name, id?, level? }` objects (lists made by hand or by other tools).
 * A file that fails any check produces one precise error and no skills: the caller changes
 * nothing on `ok: false`.
 */

export const EXPORT_FORMAT = 'role-lens-skills';
export const EXPORT_VERSION = 1;
const MAX_IMPORT_CHARS = 1_000_000;

/** `merged`: entries of the file that are the same skill as an earlier entry ("k8s" after "Kubernetes"). */
export type ImportResult = { ok: true; skills: UserSkill[]; merged: ImportMerge[] } | { ok: false; error: string };

export interface ImportMerge {
  /** The name as written in the file. */
  name: string;
  /** The earlier entry of the file it is the same skill as, as written there. */
  into: string;
}

/** Finds the taxonomy skill a free-text name stands for (built from the engine in src/ui). */
export type SkillResolver = (name: string) => SkillRef | undefined;

export function exportSkills(list: readonly UserSkill[], now: Date = new Date()): string {
  const skills = list.map((s) => (s.level ? { id: s.id, name: s.name, level: s.level } : { id: s.id, name: s.name }));
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), skills }, null, 2) + '\n';
}

/** The file name offered for a download: `role-lens-skills-2026-11-26.json`. */
export function exportFileName(now: Date = new Date()): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

const skillName = () => z.string().check(z.trim(), z.minLength(1, 'a skill name cannot be empty'), z.maxLength(80, 'a skill name is at most 80 characters'));
const importEntrySchema = z.union([
  skillName(),
  z.object({
    id: z.optional(userSkillIdSchema),
    name: skillName(),
    level: z.optional(skillLevelSchema),
  }),
]);

const ownFormatSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.positive()),
  exportedAt: z.optional(z.string()),
  skills: z.array(z.unknown()),
});

export function parseImport(text: string, resolve?: SkillResolver): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail(`The file is too large (${text.length} characters; at most ${MAX_IMPORT_CHARS}).`);
  const source = text.replace(/^\uFEFF/, ''); // a byte-order mark from Windows editors
  if (!source.trim()) return fail('The file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    const found = locateJsonError(source);
    if (found) {
      const { line, column } = lineColumn(source, found.offset);
      return fail(`Invalid JSON at line ${line}, column ${column}: ${found.message}.`);
    }
    return fail(`Invalid JSON: ${err instanceof Error ? err.message : String(err)}.`);
  }

  let entries: unknown[];
  let where: (i: number) => string;
  if (Array.isArray(data)) {
    entries = data;
    where = (i) => `Entry ${i + 1}`;
  } else if (data !== null && typeof data === 'object') {
    const format = (data as Record<string, unknown>).format;
    if (format === undefined) {
      return fail(`Wrong shape: expected a Role Lens export (an object with "format": "${EXPORT_FORMAT}") or a list of skill names, but the object has no "format" field.`);
    }
    if (format !== EXPORT_FORMAT) {
      return fail(`Unknown format ${JSON.stringify(format)}: expected "${EXPORT_FORMAT}" or a list of skill names.`);
    }
    const own = ownFormatSchema.safeParse(data);
    if (!own.success) return fail(`Wrong shape: ${describeZodError(own.error, 'file')}.`);
    if (own.data.version > EXPORT_VERSION) {
      return fail(`This file was made by a newer version of Role Lens (format version ${own.data.version}; this one reads up to ${EXPORT_VERSION}). Update the extension, then import it again.`);
    }
    entries = own.data.skills;
    where = (i) => `Skill ${i + 1} (skills[${i}])`;
  } else {
    return fail(`Wrong shape: expected a Role Lens export or a list of skill names, but the file holds ${data === null ? 'null' : `a ${typeof data}`}.`);
  }

  const skills: UserSkill[] = [];
  const merged: ImportMerge[] = [];
  const seen = new Map<string, string>();
  for (const [i, entry] of entries.entries()) {
    const parsed = importEntrySchema.safeParse(entry);
    if (!parsed.success) {
      return fail(`Wrong shape: ${where(i)} ${describeEntryProblem(entry, parsed.error)}.`);
    }
    const skill = toUserSkill(parsed.data, resolve);
    const written = typeof parsed.data === 'string' ? parsed.data : parsed.data.name;
    const earlier = seen.get(skill.id);
    if (earlier !== undefined) {
      merged.push({ name: written, into: earlier });
      continue;
    }
    seen.set(skill.id, written);
    skills.push(skill);
  }
  return { ok: true, skills, merged };
}

function describeEntryProblem(entry: unknown, error: z.core.$ZodError): string {
  if (typeof entry === 'string') return `is not a usable name (${error.issues[0]?.message ?? 'invalid'})`;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    return `should be a skill name or an object with a "name", not ${entry === null ? 'null' : Array.isArray(entry) ? 'a list' : `a ${typeof entry}`}`;
  }
  // A union error: report the object branch, the one the user meant.
  const objectIssues = error.issues.flatMap((issue) =>
    issue.code === 'invalid_union' ? (issue.errors[1] ?? []) : [issue],
  );
  const first = objectIssues[0];
  if (!first) return 'is invalid';
  const field = first.path.length ? `"${first.path.join('.')}"` : 'value';
  return `has an invalid ${field}: ${first.message}`;
}

function toUserSkill(entry: z.infer<typeof importEntrySchema>, resolve?: SkillResolver): UserSkill {
  const { id, name, level } = typeof entry === 'string' ? { id: undefined, name: entry, level: undefined } : entry;
  let skill: UserSkill;
  if (id) skill = { id, name };
  else {
    const ref = resolve?.(name);
    skill = ref ? { id: ref.id, name: ref.name } : { id: customSkillId(name), name };
  }
  if (level) skill.level = level;
  return skill;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where a JSON text first goes wrong, and why. `JSON.parse` messages differ between browsers and
 * not all give a position, so the position comes from this small scanner instead.
 */
export function locateJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  class Stop {
    constructor(
      readonly offset: number,
      readonly message: string,
    ) {}
  }
  const describe = (at: number) => (at >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(text[at])}`);
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) throw new Stop(i, describe(i));
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(i, 'unterminated string');
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) throw new Stop(i, 'line break or control character inside a string');
      if (ch === 0x5c) {
        const esc = text[i + 1];
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'invalid \\u escape');
          i += 6;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2;
        else throw new Stop(i, 'invalid escape in a string');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '-' || m[0] === '') throw new Stop(i, 'invalid number');
    i += m[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    throw new Stop(i, i >= text.length ? 'unexpected end of file' : `expected a value, found ${JSON.stringify(ch)}`);
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') throw new Stop(i, i >= text.length ? 'unexpected end of file' : `expected a property name in double quotes, found ${JSON.stringify(text[i])}`);
      string();
      ws();
      if (text[i] !== ':') throw new Stop(i, `expected ":" after a property name, found ${i >= text.length ? 'end of file' : JSON.stringify(text[i])}`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      throw new Stop(i, i >= text.length ? 'unexpected end of file, "}" missing' : `expected "," or "}", found ${JSON.stringify(text[i])}`);
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === ']') throw new Stop(i, 'trailing comma before "]"');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      throw new Stop(i, i >= text.length ? 'unexpected end of file, "]" missing' : `expected "," or "]", found ${JSON.stringify(text[i])}`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, 'unexpected text after the end of the JSON');
    return null;
  } catch (err) {
    if (err instanceof Stop) return { offset: err.offset, message: err.message };
    throw err;
  }
}
