import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSkills,
  deleteSyncedSkills,
  getKeepOnThisDevice,
  getSkills,
  hasSyncedSkills,
  setKeepOnThisDevice,
  setSkills,
} from '../../src/storage/items';

beforeEach(() => {
  fakeBrowser.reset();
});

const synced = async () => (await fakeBrowser.storage.sync.get('skills'))['skills'];
const onDevice = async () => (await fakeBrowser.storage.local.get('skills'))['skills'];
const LIST = [
  { id: 'python', name: 'Python' },
  { id: 'pytorch', name: 'PyTorch', level: 'expert' as const },
];

test('off by default: the list syncs through the browser as before', async () => {
  expect(await getKeepOnThisDevice()).toBe(false);
  expect(await setSkills(LIST)).toBe('sync');
  expect(await synced()).toEqual(LIST);
  expect(await onDevice()).toBeUndefined();
});

test('on: changes stay on this device and the synced copy is left for the other browsers', async () => {
  await setSkills(LIST);
  await setKeepOnThisDevice(true);
  expect(await onDevice()).toEqual(LIST);

  await addSkills([{ id: 'kubernetes', name: 'Kubernetes' }]);
  expect((await getSkills()).map((s) => s.id)).toEqual(['python', 'pytorch', 'kubernetes']);
  expect(await synced()).toEqual(LIST); // unchanged: nothing new went to sync
  expect(await hasSyncedSkills()).toBe(true);
});

test('deleting the synced copy keeps the list here; it is refused while the list still syncs', async () => {
  await setSkills(LIST);
  await expect(deleteSyncedSkills()).rejects.toThrow(/this device first/);
  expect(await synced()).toEqual(LIST);

  await setKeepOnThisDevice(true);
  await deleteSyncedSkills();
  expect(await synced()).toBeUndefined();
  expect(await hasSyncedSkills()).toBe(false);
  expect(await getSkills()).toEqual(LIST);
});

test('off again: the list goes back to sync and the device copy is removed', async () => {
  await setKeepOnThisDevice(true);
  await setSkills(LIST);
  await setKeepOnThisDevice(false);
  expect(await synced()).toEqual(LIST);
  expect(await onDevice()).toBeUndefined();
  expect(await getSkills()).toEqual(LIST);
});

test('a stored flag that is not exactly true reads as off', async () => {
  await fakeBrowser.storage.local.set({ skillsOnThisDevice: 'yes' });
  expect(await getKeepOnThisDevice()).toBe(false);
});
