import type { Plugin } from 'vite';

/**
 * Drops the sites' `examples` (their test URLs and the pages they were checked on, in
 * src/page/sites/urls/*.ts; SiteExamples in src/page/sites/types.ts) from the extension's
 * bundles: only tests read them, and the content script and the background each carried a copy
 * (~3 KB compressed each).
 */
export function stripSiteExamples(): Plugin {
  return {
    name: 'role-lens-strip-site-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]page[\\/]sites[\\/]urls[\\/][^\\/]+\.ts$/.test(id)) return undefined;
      const out = withoutExamples(code);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}

/** The source without its `examples: { … },` property (found by brace matching, strings skipped). */
export function withoutExamples(code: string): string {
  const start = /^[ \t]*examples:\s*\{/m.exec(code);
  if (!start) return code;
  let i = start.index + start[0].length;
  let depth = 1;
  while (i < code.length && depth > 0) {
    const c = code[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // Skip the string (examples hold plain URLs and paths: no template expressions).
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) return code;
      continue;
    } else if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  if (depth !== 0) return code;
  if (code[i] === ',') i++;
  return code.slice(0, start.index) + code.slice(i);
}
