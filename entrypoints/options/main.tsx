import { render } from 'preact';
import { getBundledEngine } from '../../src/bundled-engine';
import { allSitesPermission, downloadText } from '../../src/ui/browser-glue';
import { OptionsApp } from '../../src/ui/OptionsApp';
import { createOptionsState } from '../../src/ui/options-state';
import { storageQuarantineRepo, storageSettingsRepo, storageSkillPlaceRepo, storageSkillsRepo } from '../../src/ui/repos';
import './style.css';

const engine = getBundledEngine();
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
