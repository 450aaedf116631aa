import { expect, test } from 'vitest';
import { JOB_SITE_MATCHES } from '../../wxt.config';
import { CONTENT_MATCHES } from '../../src/content/job-sites';

test('the content script runs exactly on the host permissions of the manifest', () => {
  expect(CONTENT_MATCHES).toEqual(JOB_SITE_MATCHES);
});
