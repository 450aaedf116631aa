/** Jazzhr's URLs: which show a posting, which a list (the background reads only these; the page reader is ../jazzhr.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => /^\/apply\/[A-Za-z0-9]{6,}\/[^/]+/.test(url.pathname);

export const jazzhr = siteUrls({
  name: 'jazzhr',
  hosts: ['*.applytojob.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/apply\/?(jobs\/?)?$/.test(url.pathname),
  examples: {
    posting: [
      'https://northwind.applytojob.com/apply/AbC123xYz9/Senior-Machine-Learning-Engineer',
    ],
    listing: [
      'https://northwind.applytojob.com/apply',
      'https://northwind.applytojob.com/apply/jobs/',
    ],
    other: [
      'https://northwind.applytojob.com/',
    ],
    checkedOn: [],
  },
});
