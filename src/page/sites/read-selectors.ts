/** The reader most adapters need: the description, title, company and location by selector lists. */
import { firstWithText, textOf } from '../dom';
import { defined, type SiteRead } from './types';

export interface Selectors {
  description: readonly string[];
  title?: readonly string[];
  company?: readonly string[];
  location?: readonly string[];
}

export function readSelectors(doc: ParentNode, s: Selectors): SiteRead | null {
  const root = firstWithText(doc, s.description);
  if (!root) return null;
  const field = (list: readonly string[] | undefined) => (list ? defined(textOf(doc, list)) : undefined);
  return { root, title: field(s.title), company: field(s.company), location: field(s.location) };
}
