/** BambooHR: <co>.bamboohr.com/careers/<id> (and the older /jobs/view.php?id=); /careers is the board. */
import { siteUrls } from '../types';

const isPostingUrl = (url: URL): boolean => /^\/careers\/\d+/.test(url.pathname) || (/^\/jobs\/view\.php$/.test(url.pathname) && url.searchParams.has('id'));

export const bamboohr = siteUrls({
  name: 'bamboohr',
  hosts: ['*.bamboohr.com'],
  isPostingUrl,
  isListingUrl: (url) => !isPostingUrl(url) && /^\/(careers|jobs)\/?$/.test(url.pathname),
  examples: {
    posting: [
      'https://northwind.bamboohr.com/careers/142',
      'https://northwind.bamboohr.com/jobs/view.php?id=142',
    ],
    listing: [
      'https://northwind.bamboohr.com/careers',
      'https://northwind.bamboohr.com/jobs/',
    ],
    other: [
      'https://northwind.bamboohr.com/login.php',
    ],
    checkedOn: [],
  },
});
