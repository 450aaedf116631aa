import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ALL_SITES, CONTENT_MATCHES } from './src/content/job-sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: 'Role Lens: job posting skill match',
    description:
      'Shows which role a job posting really resembles and which of its skills you are missing. It sends nothing anywhere.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    optional_host_permissions: [ALL_SITES],
    // WXT drops `optional_host_permissions` for Manifest V2 (Firefox), where optional host access
    // is declared among `optional_permissions`: without it the all-sites opt-in can't be granted.
    ...(manifestVersion === 2 ? { optional_permissions: [ALL_SITES] } : {}),
    browser_specific_settings: {
      // Firefox asks add-ons to declare what they collect; this one collects nothing.
      gecko: { id: 'role-lens@example.org', ...{ data_collection_permissions: { required: ['none'] } } },
    },
  }),
});
