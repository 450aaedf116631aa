/** Readers for the O*NET 29.2 and ESCO files, and the name normalization used to match them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The extension's own RFC 4180 parser (LinkedIn's Skills.csv import) reads the ESCO files too.
import { parseCsv } from '../../src/storage/import-csv';

/** Lowercase, drop parentheticals and trademark signs, unify dashes and spaces. */
export function normalize(label: string): string {
  return label
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[®™©]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface OnetExample {
  example: string;
  occupations: Set<string>;
  hot: boolean;
}

/** O*NET Technology Skills, one entry per example name, with the occupations that list it. */
export function readOnet(dataDir: string): Map<string, OnetExample> {
  const file = join(dataDir, 'taxonomy', 'onet_29.2', 'Technology_Skills.txt');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out = new Map<string, OnetExample>();
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    const [code, example, , , hot] = cols;
    if (!code || !example) continue;
    let entry = out.get(example);
    if (!entry) {
      entry = { example, occupations: new Set(), hot: false };
      out.set(example, entry);
    }
    entry.occupations.add(code);
    if (hot === 'Y') entry.hot = true;
  }
  return out;
}

const VENDORS = [
  'amazon web services aws',
  'amazon web services',
  'the mathworks',
  'mathworks',
  'amazon',
  'microsoft',
  'oracle',
  'apache',
  'google',
  'ibm',
  'atlassian',
  'adobe',
  'sap',
  'red hat',
  'statacorp',
  'qlik tech',
  'qlik',
  'apple',
  'meta',
  'facebook',
  'salesforce',
  'cisco',
  'hewlett packard',
  'dassault systemes',
  'autodesk',
  'esri',
  'national instruments',
  'wolfram research',
  'splunk',
  'nvidia',
  'openai',
  'sun microsystems',
  'embarcadero',
  'jetbrains',
];

/** The keys an O*NET vendor-style example name can be matched under. */
export function onetKeys(example: string): string[] {
  const keys = new Set<string>();
  const add = (s: string): void => {
    const n = normalize(s);
    if (n) keys.add(n);
  };
  const base = example.replace(/\s+software$/i, '');
  add(example);
  add(base);
  for (const form of [example, base]) {
    const n = normalize(form);
    for (const v of VENDORS) {
      if (n.startsWith(v + ' ')) add(n.slice(v.length + 1));
    }
  }
  // "Structured query language SQL" -> "SQL" and "Structured query language"
  const words = base.trim().split(/\s+/);
  const last = words[words.length - 1];
  if (words.length >= 3 && last && /^[A-Z][A-Z0-9/+#.-]+$/.test(last)) {
    add(last);
    add(words.slice(0, -1).join(' '));
    const rest = normalize(words.slice(0, -1).join(' '));
    for (const v of VENDORS) if (rest.startsWith(v + ' ')) add(rest.slice(v.length + 1));
  }
  return [...keys];
}

export interface EscoConcept {
  preferredLabel: string;
  altLabels: string[];
  /** From the digital skills collection (tech), not only the full skills file. */
  digital: boolean;
}

function readCsvObjects(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function splitAlt(s: string): string[] {
  return s
    .split(/\s*\|\s*|\n/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** ESCO concepts from the digital skills collection and the full skills label/alias file. */
export function readEsco(dataDir: string): EscoConcept[] {
  const dir = join(dataDir, 'taxonomy', 'esco');
  const out: EscoConcept[] = [];
  for (const row of readCsvObjects(join(dir, 'digitalSkillsCollection_en.csv'))) {
    const label = row.preferredLabel;
    if (label) out.push({ preferredLabel: label, altLabels: splitAlt(row.altLabels ?? ''), digital: true });
  }
  for (const row of readCsvObjects(join(dir, 'esco_v1.1.1_skills_labels_aliases_northstar.csv'))) {
    const label = row.preferredLabel;
    if (label) out.push({ preferredLabel: label, altLabels: splitAlt(row.altLabels ?? ''), digital: false });
  }
  return out;
}
