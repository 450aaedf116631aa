import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access only for the job sites we have adapters for; every other page is analysed on
// demand through activeTab, or everywhere if the user opts in (optional_host_permissions).
export const JOB_SITE_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.indeed.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://*.glassdoor.com/*',
  '*://wellfound.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Role Lens: job posting skill match',
    description:
      'Shows which role a job posting really resembles and which of its skills you are missing. Nothing leaves your browser.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: JOB_SITE_MATCHES,
    optional_host_permissions: ['*://*/*'],
    browser_specific_settings: {
      // Firefox asks add-ons to declare what they collect; this one collects nothing.
      gecko: { id: 'role-lens@example.org', ...{ data_collection_permissions: { required: ['none'] } } },
    },
  },
});
