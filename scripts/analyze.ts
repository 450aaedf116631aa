/**
 * The command-line analyzer: the extension's engine on saved postings.
 *
 *   npm run analyze -- [--json | --jsonl] [--skills "a,b,c" | --skills-file F] [FILE...]
 *
 * FILE is a posting (.txt, .md) or a saved page (.html). Without FILE: the bundled sample with
 * the sample skill list. --jsonl reads {"id","text"} or {"id","html","url"?} objects (optional
 * "title") from stdin, one a line, and prints one result a line, in order.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledEngine } from '../src/core/bundled';
import type { UserSkill } from '../src/core/types';
import { readHtmlPosting } from '../src/cli/html-posting';
import { formatReport } from '../src/cli/report';
import { analyzeInput, type AnalyzeInput, type AnalyzeResult } from '../src/cli/result';
import { skillsFromFile, skillsFromList } from '../src/cli/user-skills';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SAMPLE_POSTING = resolve(ROOT, 'data/samples/lead-ml-engineer.md');
const SAMPLE_SKILLS = resolve(ROOT, 'data/samples/skills.json');

interface Options {
  mode: 'report' | 'json' | 'jsonl';
  skills: UserSkill[] | null;
  files: string[];
}

function usage(): string {
  return 'usage: npm run analyze -- [--json | --jsonl] [--skills "a,b,c" | --skills-file F] [FILE...]';
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { mode: 'report', skills: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.mode = 'json';
    else if (a === '--jsonl') opts.mode = 'jsonl';
    else if (a === '--skills' || a === '--skills-file') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value\n${usage()}`);
      opts.skills = a === '--skills' ? skillsFromList(value) : skillsFromFile(readFileSync(value, 'utf8'), value);
    } else if (a === '--help' || a === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${usage()}`);
    else opts.files.push(a);
  }
  return opts;
}

const engine = getBundledEngine();
const countSkills = (text: string) => engine.findMentions(text).length;
const readHtml = (html: string, url: string | undefined) => readHtmlPosting(html, url, countSkills);

function inputFromFile(path: string): AnalyzeInput {
  const content = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  return ext === '.html' || ext === '.htm' ? { id: basename(path), html: content } : { id: basename(path), text: content };
}

function parseLine(line: string, lineNo: number): AnalyzeInput {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    throw new Error(`line ${lineNo}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`line ${lineNo}: expected a JSON object`);
  const o = data as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  if (id === null) throw new Error(`line ${lineNo}: "id" must be a string or a number`);
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const text = str('text');
  const html = str('html');
  if (text === undefined && html === undefined) throw Object.assign(new Error(`line ${lineNo}: needs "text" or "html"`), { id });
  return { id, text, html, url: str('url'), title: str('title'), location: str('location') };
}

async function runJsonl(skills: readonly UserSkill[]): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    try {
      const input = parseLine(line, lineNo);
      process.stdout.write(JSON.stringify(analyzeInput(engine, input, skills, readHtml)) + '\n');
    } catch (err) {
      failures++;
      const message = err instanceof Error ? err.message : String(err);
      const id = err instanceof Error && 'id' in err ? (err as { id: string }).id : null;
      process.stderr.write(`analyze: ${message}\n`);
      process.stdout.write(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return failures > 0 && failures === lineNo ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const useSample = opts.files.length === 0 && opts.mode !== 'jsonl';
  const skills = opts.skills ?? (useSample ? skillsFromFile(readFileSync(SAMPLE_SKILLS, 'utf8'), SAMPLE_SKILLS) : []);
  if (opts.mode === 'jsonl') return runJsonl(skills);
  const files = useSample ? [SAMPLE_POSTING] : opts.files;
  let status = 0;
  const results: AnalyzeResult[] = [];
  for (const file of files) {
    let input: AnalyzeInput;
    try {
      input = inputFromFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`analyze: ${file}: ${why}\n`);
      status = 1;
      continue;
    }
    let result: AnalyzeResult;
    try {
      result = analyzeInput(engine, input, skills, readHtml);
    } catch (err) {
      process.stderr.write(`analyze: ${file}: could not be analysed (${err instanceof Error ? err.message : String(err)})\n`);
      status = 1;
      continue;
    }
    if (opts.mode === 'json') process.stdout.write(JSON.stringify(result) + '\n');
    else results.push(result);
  }
  if (opts.mode === 'report') {
    if (useSample) console.log(`Sample posting ${basename(SAMPLE_POSTING)} with the sample skill list (data/samples/skills.json)\n`);
    console.log(results.map((r) => formatReport(r, r.id)).join('\n\n' + '─'.repeat(72) + '\n\n'));
  }
  return status;
}

// exitCode, not exit(): exit() would cut off output still queued for a pipe.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
