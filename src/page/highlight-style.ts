/**
 * Colours and names of the in-page highlights.
 *
 * Names: `CSS.highlights` is one registry per document, readable by the page's own scripts. The
 * names are therefore random for each run of the content script (no fixed "rl-have" a page could
 * look for) and say nothing about the user: the name→status mapping exists only in our isolated
 * world. The stylesheet holding `::highlight()` rules has to be document-wide (highlight styles
 * do not cross shadow boundaries), so it is a constructed, adopted sheet: no element in the DOM,
 * no id, no class.
 */

export const STATUSES = ['have', 'missing-required', 'missing-preferred', 'related', 'covered', 'mentioned'] as const;
export type HighlightStatus = (typeof STATUSES)[number];

/** What the tooltip says for each status. */
export const STATUS_LABEL: Record<HighlightStatus, string> = {
  have: 'You have this',
  'missing-required': 'Missing — required',
  'missing-preferred': 'Missing — nice to have',
  // As the popup's "Related" section says: asked for, and you have a close sibling of it.
  related: 'Related — you have a close one',
  // The popup's "Probably covered": a method under a broad skill the user has.
  covered: 'Probably covered by a skill you have',
  mentioned: 'Mentioned',
};

/**
 * With an empty skill list nothing is "missing" yet: the tooltip says what the popup's sections
 * say then ("Required here", "Nice to have here").
 */
export const EMPTY_LIST_LABEL: Record<HighlightStatus, string> = {
  ...STATUS_LABEL,
  'missing-required': 'Required here',
  'missing-preferred': 'Nice to have here',
};

export type Palette = 'light' | 'dark';

interface Look {
  background: string;
  underline: string;
  style: 'solid' | 'dotted';
}

/**
 * Only `background-color` and `text-decoration` are used: the page keeps its own text colour, so
 * contrast stays what the page designed. Translucent backgrounds work on both light and dark
 * pages; the dark palette uses lighter, less saturated underlines that stay visible on black.
 */
export const LOOKS: Record<Palette, Record<HighlightStatus, Look>> = {
  light: {
    have: { background: 'rgba(34, 160, 80, 0.22)', underline: '#1a7f37', style: 'solid' },
    'missing-required': { background: 'rgba(220, 38, 38, 0.18)', underline: '#c62828', style: 'solid' },
    'missing-preferred': { background: 'rgba(245, 158, 11, 0.25)', underline: '#b45309', style: 'solid' },
    related: { background: 'rgba(37, 99, 235, 0.16)', underline: '#2457d6', style: 'solid' },
    covered: { background: 'rgba(34, 160, 80, 0.1)', underline: '#1a7f37', style: 'dotted' },
    mentioned: { background: 'transparent', underline: '#6b7280', style: 'dotted' },
  },
  dark: {
    have: { background: 'rgba(74, 222, 128, 0.22)', underline: '#4ade80', style: 'solid' },
    'missing-required': { background: 'rgba(248, 113, 113, 0.25)', underline: '#f87171', style: 'solid' },
    'missing-preferred': { background: 'rgba(251, 191, 36, 0.25)', underline: '#fbbf24', style: 'solid' },
    related: { background: 'rgba(96, 165, 250, 0.22)', underline: '#60a5fa', style: 'solid' },
    covered: { background: 'rgba(74, 222, 128, 0.1)', underline: '#4ade80', style: 'dotted' },
    mentioned: { background: 'transparent', underline: '#9ca3af', style: 'dotted' },
  },
};

/**
 * The one look of every skill when highlights are not coloured by status (the default): the page
 * can see which words are skills (the taxonomy is public anyway), not which ones the user has.
 */
export const NEUTRAL_LOOK: Record<Palette, Look> = {
  light: { background: 'rgba(37, 99, 235, 0.12)', underline: '#2563eb', style: 'solid' },
  dark: { background: 'rgba(96, 165, 250, 0.18)', underline: '#60a5fa', style: 'solid' },
};

export const FLASH_LOOK: Record<Palette, string> = {
  light: 'rgba(37, 99, 235, 0.35)',
  dark: 'rgba(96, 165, 250, 0.45)',
};

export type HighlightNames = Record<HighlightStatus | 'neutral' | 'flash', string>;

/** Fresh random CSS identifiers: one per status, one for the uncoloured look, one for the reveal flash. */
export function randomNames(random: () => number = Math.random): HighlightNames {
  const used = new Set<string>();
  const make = (): string => {
    for (;;) {
      // A letter first: an identifier may not start with a digit.
      const name =
        String.fromCharCode(97 + Math.floor(random() * 26)) +
        Math.floor(random() * 36 ** 8)
          .toString(36)
          .padStart(8, '0');
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  return {
    have: make(),
    'missing-required': make(),
    'missing-preferred': make(),
    related: make(),
    covered: make(),
    mentioned: make(),
    neutral: make(),
    flash: make(),
  };
}

/** The `::highlight()` rules for a palette. */
export function highlightCss(names: HighlightNames, palette: Palette): string {
  const rules = STATUSES.map((status) => {
    const look = LOOKS[palette][status];
    return (
      `::highlight(${names[status]}) { background-color: ${look.background}; ` +
      `text-decoration: underline ${look.style} ${look.underline} 2px; text-underline-offset: 2px; }`
    );
  });
  const neutral = NEUTRAL_LOOK[palette];
  rules.push(
    `::highlight(${names.neutral}) { background-color: ${neutral.background}; ` +
      `text-decoration: underline ${neutral.style} ${neutral.underline} 2px; text-underline-offset: 2px; }`,
  );
  rules.push(`::highlight(${names.flash}) { background-color: ${FLASH_LOOK[palette]}; }`);
  return rules.join('\n');
}

/** Relative luminance (0 black … 1 white) of a CSS `rgb()`/`rgba()` colour; null if transparent or unparsable. */
export function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v!) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark, from the first opaque background behind `el` (white if none). */
export function paletteFor(el: Element, getStyle: (el: Element) => { backgroundColor: string }): Palette {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const lum = luminance(getStyle(cur).backgroundColor);
    if (lum !== null) return lum < 0.35 ? 'dark' : 'light';
  }
  return 'light';
}
