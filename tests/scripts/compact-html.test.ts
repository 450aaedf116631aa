import { describe, expect, test } from 'vitest';
import { withoutBlanksBetweenTags } from '../../scripts/pack/compact-html';

// The popup's page as Vite writes it, with the tags it adds for the chunks and stylesheets.
const POPUP = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Role Lens: roles side by side</title>
    <script type="module" crossorigin src="/chunks/popup.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/shared.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;

describe('the pages\' HTML without blanks between tags (scripts/pack/compact-html.ts)', () => {
  test('the indentation and line breaks between tags go', () => {
    expect(withoutBlanksBetweenTags(POPUP)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">' +
        '<title>Role Lens: roles side by side</title>' +
        '<script type="module" crossorigin src="/chunks/popup.js"></script>' +
        '<link rel="stylesheet" crossorigin href="/assets/shared.css"></head>' +
        '<body><div id="app"></div></body></html>',
    );
  });

  test('text inside an element keeps its spaces', () => {
    expect(withoutBlanksBetweenTags('<title>Role Lens: roles side by side</title>\n')).toBe('<title>Role Lens: roles side by side</title>');
  });
});
