import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Checks the UI conventions themselves (see STYLE.md): page text is never rendered as HTML. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const uiFiles = ['src/ui', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/postings', 'entrypoints/compare'].flatMap((d) => files(d)).filter((f) => /\.(tsx?|html)$/.test(f));

test.each(uiFiles)('%s renders no HTML from strings', (file) => {
  const source = readFileSync(file, 'utf8');
  expect(source).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
});

test.each(files('src/ui').filter((f) => f.endsWith('.tsx')))('%s: one PascalCase component a file with its Props', (file) => {
  const name = file.split('/').pop()?.replace('.tsx', '') ?? '';
  expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
  const source = readFileSync(file, 'utf8');
  expect(source).toContain(`export function ${name}(`);
  expect(source).toMatch(/export interface Props\b/);
});
