import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadBundledEngine } from '../../src/bundled-engine';
import { getRoleProfiles } from '../../src/bundled-roles';
import { storageSkillsRepo } from '../../src/ui/repos';
import { Welcome } from '../../src/ui/Welcome';
import { createWelcomeState } from '../../src/ui/welcome-state';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import '../options/style.css';

const engine = await loadBundledEngine();
const state = createWelcomeState({
  engine,
  skills: storageSkillsRepo,
  roles: getRoleProfiles(),
  categoryOf: (id) => engine.skill(id)?.category,
  openOptions: () => void browser.runtime.openOptionsPage(),
});

const root = document.getElementById('app');
if (root) render(<Welcome state={state} />, root);
