/** Brassring's URLs: which show a posting, which a list (the background reads only these; the page reader is ../brassring.ts). */
import { siteUrls } from '../types';

export const isPostingUrl = (url: URL): boolean => url.searchParams.has('jobid') || /jobDetails=\d+/.test(url.hash);

export const brassring = siteUrls({
  name: 'brassring',
  hosts: ['*.brassring.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/TGnewUI\/Search\//i.test(url.pathname),
  examples: {
    posting: [
      'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25678&siteid=5275&PageType=JobDetails&jobid=654321',
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#jobDetails=654321_5275',
    ],
    listing: [
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#home',
      'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25678&siteid=5275#keyWordSearch=engineer',
    ],
    other: [
      'https://sjobs.brassring.com/TGnewUI/Profile/Login',
    ],
    checkedOn: [],
  },
});
