import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import { createBrowserPopupData, tabIdFromSearch } from '../../src/ui/popup-data';
import { createPopupState } from '../../src/ui/popup-state';
import { storageSettingsRepo, storageSkillsRepo } from '../../src/ui/repos';
import './style.css';

// `popup.html?tabId=N` shows tab N instead of the active tab (browser tests open it in a tab).
const state = createPopupState({
  data: createBrowserPopupData(tabIdFromSearch(location.search)),
  skills: storageSkillsRepo,
  settings: storageSettingsRepo,
});

const root = document.getElementById('app');
if (root) render(<PopupApp state={state} />, root);
