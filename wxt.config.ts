import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { packedData } from './scripts/pack/vite-plugin';
import { CONTENT_MATCHES } from './src/content/job-sites';
import { ALL_SITES_PATTERN } from './src/extension-contract';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), packedData(import.meta.dirname)] }),
  manifest: {
    name: 'Role Lens: job posting skill match',
    description:
      'Shows which role a job posting really resembles and which of its skills you are missing. It sends nothing anywhere.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    optional_host_permissions: [ALL_SITES_PATTERN],
    browser_specific_settings: {
      // Firefox asks add-ons to declare what they collect; this one collects nothing.
      gecko: { id: 'role-lens@example.org', ...{ data_collection_permissions: { required: ['none'] } } },
    },
  },
});
