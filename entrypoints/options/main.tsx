import { render } from 'preact';
import { loadBundledEngine } from '../../src/bundled-engine';
import { allSitesPermission, downloadText } from '../../src/ui/browser-glue';
import { OptionsApp } from '../../src/ui/OptionsApp';
import { createOptionsState } from '../../src/ui/options-state';
import { storageQuarantineRepo, storageSettingsRepo, storageSkillPlaceRepo, storageSkillsRepo } from '../../src/ui/repos';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import './style.css';

// The skill autocomplete and the categories need the engine (/engine.js), loaded first.
const engine = await loadBundledEngine();
const state = createOptionsState({
  engine,
  skills: storageSkillsRepo,
  settings: storageSettingsRepo,
  place: storageSkillPlaceRepo,
  quarantine: storageQuarantineRepo,
  permissions: allSitesPermission,
  download: downloadText,
  categoryOf: (id) => engine.skill(id)?.category,
});

const root = document.getElementById('app');
if (root) render(<OptionsApp state={state} />, root);
