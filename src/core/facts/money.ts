/**
 * Money amounts in running text: "$145,000", "USD 160K", "£50,000", "€70k", "$117,120.00",
 * "$1.2B". Amounts with a scale word (million, billion, M, B) are kept but flagged: they are
 * funding, revenue or market sizes, never a salary.
 */

export interface Amount {
  value: number;
  /** ISO code when the amount says it ("$" → USD unless a code says otherwise). */
  currency: string | null;
  /** "M", "B", "million", "trillion"…: company money, not pay. */
  large: boolean;
  /** The currency came from an ISO code ("USD 160K", "$180,000 CAD"), which beats a bare "$". */
  coded: boolean;
  start: number;
  end: number;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd$: 'USD',
  usd: 'USD',
  'c$': 'CAD',
  'ca$': 'CAD',
  cad: 'CAD',
  'a$': 'AUD',
  'au$': 'AUD',
  aud: 'AUD',
  '£': 'GBP',
  gbp: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  '₹': 'INR',
  inr: 'INR',
  chf: 'CHF',
  sgd: 'SGD',
  's$': 'SGD',
};

const CURRENCY = String.raw`(?:USD\$|US\$|CA\$|AU\$|C\$|A\$|S\$|USD|CAD|AUD|GBP|EUR|INR|CHF|SGD|\$|£|€|₹)`;
// Thousands separated by commas, dots (European), thin or no-break spaces; or a bare number.
// "$127 700,00" (space thousands, comma decimals) appears in postings written from European templates.
const NUMBER = String.raw`\d{1,3}(?:[,\u202f\u00a0](?=\d{3})\d{3})+(?:\.\d{1,2})?(?!\d)|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:,\d{2})?(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:\.\d+)?`;
// Run-together text glues the next word on ("$550KEquity"): only a lowercase letter after the
// scale letter makes it a word ("$75 monthly" has no scale).
const SCALE = String.raw`(?:\s?(?:[Mm]illion|[Bb]illion|[Tt]rillion|mn(?![a-z])|bn(?![a-z]))|[kKmMbB](?![a-z]))`;
const TRAILING_CODE = String.raw`(?:\s?\(?(USD|CAD|AUD|GBP|EUR|INR|CHF|SGD)\)?(?![a-zA-Z]))`;

/** One amount: currency before (or after, as a code), number, scale. */
export const AMOUNT = new RegExp(String.raw`(${CURRENCY})?\s?(${NUMBER})(${SCALE})?${TRAILING_CODE}?`, 'gy');

function parseNumber(raw: string): number {
  // "117.120" is European thousands; "117.12" a decimal.
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:,\d{2})?$/.test(raw)) return Number(raw.replace(/[ \u202f\u00a0]/g, '').replace(',', '.'));
  return Number(raw.replace(/[,\u202f\u00a0]/g, ''));
}

function scaleOf(scale: string | undefined): { factor: number; large: boolean } {
  const s = (scale ?? '').trim().toLowerCase();
  if (s === '') return { factor: 1, large: false };
  if (s === 'k') return { factor: 1000, large: false };
  return { factor: s.startsWith('t') ? 1e12 : s.startsWith('b') ? 1e9 : 1e6, large: true };
}

/** The amount starting exactly at `at` (sticky), or null. */
export function amountAt(text: string, at: number): Amount | null {
  AMOUNT.lastIndex = at;
  const m = AMOUNT.exec(text);
  if (!m || m[2] === undefined) return null;
  const { factor, large } = scaleOf(m[3]);
  const symbol = m[1]?.toLowerCase();
  const code = m[4]?.toLowerCase();
  const currency = (code && SYMBOLS[code]) ?? (symbol && SYMBOLS[symbol]) ?? null;
  const coded = code !== undefined || (symbol !== undefined && /^[a-z]{3}/.test(symbol));
  return { value: parseNumber(m[2]) * factor, currency, large, coded, start: m.index, end: m.index + m[0].length };
}

const STARTS = new RegExp(String.raw`${CURRENCY}\s?\d`, 'g');

/** Every amount that carries a currency ("$90", "USD 160K"), in text order. */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  STARTS.lastIndex = 0;
  for (let m = STARTS.exec(text); m; m = STARTS.exec(text)) {
    // "USD$198,000": the "USD" match covers it; skip the "$" inside it.
    if (out.length > 0 && m.index < out[out.length - 1]!.end) continue;
    // A letter glued before the symbol ("AUD" matched as "D"? no; but "A$" inside a word) is not money.
    if (m.index > 0 && /[A-Za-z]/.test(text[m.index - 1]!) && /^[A-Z]{3}/.test(m[0])) continue;
    const a = amountAt(text, m.index);
    if (a) {
      out.push(a);
      STARTS.lastIndex = a.end;
    }
  }
  return out;
}
