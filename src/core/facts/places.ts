/**
 * Names a pay range's label may use for the posting's place: "San Francisco, California" is
 * labelled "SF Bay Area", "California" or "CA"; "New York, NY" is "NYC". Labels that exclude a
 * place ("All other states excluding California", "California (excludes SF Bay Area)") do not
 * name it.
 */

const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska',
  NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};
const ABBREVIATION = new Map(Object.entries(STATES).map(([abbr, name]) => [name.toLowerCase(), abbr]));

/** Metro names postings use for the cities in them. */
const METROS: Array<[RegExp, string[]]> = [
  [/^(?:san francisco|san jose|palo alto|mountain view|menlo park|sunnyvale|oakland|redwood city|santa clara|cupertino|san mateo|berkeley|foster city|south san francisco)$/i, ['SF Bay Area', 'Bay Area', 'SF', 'San Francisco Bay Area']],
  [/^(?:new york|new york city|brooklyn|manhattan)$/i, ['NYC', 'New York City', 'New York City Metro', 'New York Metro']],
  [/^(?:seattle|bellevue|redmond|kirkland)$/i, ['Seattle Metro', 'Seattle']],
  [/^(?:washington dc|washington, dc|arlington|reston)$/i, ['Washington DC', 'DC Metro', 'Washington DC Metro']],
  [/^(?:los angeles|santa monica|culver city|irvine|pasadena)$/i, ['Southern California', 'Los Angeles', 'LA']],
  [/^(?:boston|cambridge)$/i, ['Boston', 'Massachusetts']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface PlaceMatcher {
  test(label: string): boolean;
}

export function placeMatcher(location: string | undefined): PlaceMatcher | null {
  if (!location) return null;
  const parts = location
    .split(/[,;/|()]|\s+-\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2 && !/^(?:us|usa|united states|remote|hybrid|on-?site|in-office)$/i.test(p));
  if (parts.length === 0) return null;
  const names = new Set<string>();
  const codes = new Set<string>();
  for (const p of parts) {
    if (/^[A-Z]{2}$/.test(p)) {
      codes.add(p);
      if (STATES[p]) names.add(STATES[p]);
      continue;
    }
    names.add(p);
    const abbr = ABBREVIATION.get(p.toLowerCase());
    if (abbr) codes.add(abbr);
    for (const [city, metro] of METROS) if (city.test(p)) for (const m of metro) (/^[A-Z]{2,3}$/.test(m) ? codes : names).add(m);
  }
  // Case-sensitive, so that a heading run into the name ("…MassachusettsBase Pay Range",
  // "yearCalifornia") still reads: a capitalised name may touch a lowercase letter before it and
  // a capital after it. Lowercase spellings need word boundaries.
  const variants = [...names].flatMap((n) => [
    `(?<![A-Z])${escape(n)}(?![a-z])`,
    `(?<![A-Za-z])${escape(n.toLowerCase())}(?![A-Za-z])`,
    `(?<![A-Za-z])${escape(n.toUpperCase())}(?![A-Za-z])`,
  ]);
  const byName = new RegExp(variants.join('|'));
  // Abbreviations only in capitals: "CA" but not "ca." or "la".
  const byCode = codes.size > 0 ? new RegExp(`(?<![A-Za-z])(?:${[...codes].join('|')})(?![A-Za-z])`) : null;
  return {
    test(label) {
      const named = label
        .replace(/\((?:[^)]*\b(?:exclud\w*|except|not)\b[^)]*)\)/gi, ' ')
        .replace(/\b(?:exclud\w*|except(?: for)?|other than|outside(?: of)?)\b[^.:;]*/gi, ' ');
      return byName.test(named) || (byCode?.test(named) ?? false);
    },
  };
}
