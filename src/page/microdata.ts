/** schema.org JobPosting in microdata (`itemscope itemtype=".../JobPosting"`), e.g. SmartRecruiters, many ATS themes. */
import { inlineText } from './html-to-text';

export interface MicrodataPosting {
  scope: Element;
  title?: string;
  company?: string;
  location?: string;
  /** The `itemprop="description"` element, or the item itself when it has none. */
  root: Element;
}

/** The item an element's itemprop belongs to: its nearest `itemscope` ancestor. */
function owner(el: Element): Element | null {
  return el.parentElement?.closest('[itemscope]') ?? null;
}

/** Elements carrying `itemprop=name` (itemprop holds a space-separated list) owned by `scope`. */
function props(scope: Element, name: string): Element[] {
  return Array.from(scope.querySelectorAll('[itemprop]')).filter(
    (el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).includes(name) && owner(el) === scope,
  );
}

function value(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const attr = el.getAttribute('content') ?? (el.localName === 'meta' ? '' : null);
  const text = attr ?? (el.hasAttribute('itemscope') ? inlineText(props(el, 'name')[0] ?? el) : inlineText(el));
  return text.trim() === '' ? undefined : text.trim();
}

function locationOf(scope: Element): string | undefined {
  const places = props(scope, 'jobLocation');
  const names = places.map((place) => {
    if (!place.hasAttribute('itemscope')) return value(place);
    const address = props(place, 'address')[0];
    if (!address || !address.hasAttribute('itemscope')) return value(address) ?? inlineText(place);
    const parts = ['addressLocality', 'addressRegion', 'addressCountry']
      .map((p) => value(props(address, p)[0]))
      .filter((p): p is string => p !== undefined);
    return parts.length > 0 ? parts.join(', ') : inlineText(address);
  });
  const found = names.filter((n): n is string => n !== undefined && n !== '');
  return found.length > 0 ? [...new Set(found)].join('; ') : undefined;
}

export function readMicrodata(doc: ParentNode): MicrodataPosting[] {
  return Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .filter((el) => /schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? ''))
    .map((scope) => ({
      scope,
      title: value(props(scope, 'title')[0]) ?? value(props(scope, 'name')[0]),
      company: value(props(scope, 'hiringOrganization')[0]),
      location: locationOf(scope),
      root: props(scope, 'description')[0] ?? scope,
    }));
}
