import type { Plugin } from 'vite';

/**
 * Writes every character beyond Latin-1 in the built scripts as a \u escape. V8 keeps a
 * script's source for as long as its functions live, as one byte a character if all are
 * Latin-1 and two otherwise: one '’' in a regular expression doubled engine.js and the content
 * script in every job tab (about 0.4 MB of heap). esbuild's `charset: 'ascii'` escapes strings
 * but leaves regular expression literals as written, hence this last step.
 *
 * A \u escape means the same character wherever one can stand in a script: strings, templates,
 * regular expressions (with or without the u flag: a surrogate pair escaped is still one code
 * point), identifiers and comments. A character already escaped with a backslash ("\’", an
 * identity escape) becomes the escape alone.
 */
export function latin1Output(): Plugin {
  return {
    name: 'role-lens-latin1-output',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = latin1Escaped(file.code);
      }
    },
  };
}

export function latin1Escaped(code: string): string {
  return code.replace(/(\\*)([^\x00-\xff])/g, (_m, slashes: string, c: string) => {
    // An odd run of backslashes escapes the character itself: drop that one.
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
