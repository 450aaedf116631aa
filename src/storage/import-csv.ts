import { parseImport, type ImportResult, type SkillResolver } from './import-export';

/**
 * CSV skill lists, above all LinkedIn's own export (Settings › Data privacy › Get a copy of your
 * data › Skills: a `Skills.csv` with a "Name" header and one skill a row). Parsed as RFC 4180:
 * quoted fields may hold commas, doubled quotes and line breaks. The names then go through the
 * JSON import's checks, so a CSV and a JSON list of the same names import alike.
 */

/** Rows of fields. Throws on a quote left open, with the line it opened on. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      openedAt = line;
      field = '';
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error(`a quoted field opened on line ${openedAt} is never closed`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Does this text look like CSV rather than JSON? (by the file's name, else by its first character) */
export function looksLikeCsv(text: string, fileName?: string): boolean {
  if (fileName && /\.csv$/i.test(fileName)) return true;
  if (fileName && /\.json$/i.test(fileName)) return false;
  return !/^[\s\uFEFF]*[[{]/.test(text);
}

export function parseSkillsCsv(text: string, resolve?: SkillResolver): ImportResult {
  const source = text.replace(/^\uFEFF/, '');
  let rows: string[][];
  try {
    rows = parseCsv(source);
  } catch (err) {
    return { ok: false, error: `This CSV file can’t be read: ${err instanceof Error ? err.message : String(err)}.` };
  }
  if (rows.length === 0) return { ok: false, error: 'The file is empty.' };
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  let column = header.findIndex((h) => h === 'name' || h === 'skill' || h === 'skills' || h === 'skill name');
  let body = rows.slice(1);
  if (column < 0) {
    // No header: a plain one-column list of names.
    if (header.length > 1) {
      return { ok: false, error: 'This CSV file has no “Name” column. LinkedIn’s Skills.csv has one; for another list, put one skill name on each line.' };
    }
    column = 0;
    body = rows;
  }
  const names = body.map((r) => (r[column] ?? '').trim()).filter((n) => n !== '');
  if (names.length === 0) return { ok: false, error: 'The file has a “Name” column but no skills in it.' };
  return parseImport(JSON.stringify(names), resolve);
}

/** Imports a chosen file: CSV (LinkedIn's Skills.csv) or JSON (our export, a list of names). */
export function parseSkillFile(text: string, fileName: string | undefined, resolve?: SkillResolver): ImportResult {
  return looksLikeCsv(text, fileName) ? parseSkillsCsv(text, resolve) : parseImport(text, resolve);
}
