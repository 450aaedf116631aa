import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BUNDLED_ROLE_PROFILES, BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { storageSkillsRepo } from '../../src/ui/repos';
import { Welcome } from '../../src/ui/Welcome';
import { createWelcomeState } from '../../src/ui/welcome-state';
import '../options/style.css';

const categories = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s.category]));
const state = createWelcomeState({
  engine: getBundledEngine(),
  skills: storageSkillsRepo,
  roles: BUNDLED_ROLE_PROFILES,
  categoryOf: (id) => categories.get(id),
  openOptions: () => void browser.runtime.openOptionsPage(),
});

const root = document.getElementById('app');
if (root) render(<Welcome state={state} />, root);
