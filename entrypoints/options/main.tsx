import { render } from 'preact';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { allSitesPermission, downloadText } from '../../src/ui/browser-glue';
import { OptionsApp } from '../../src/ui/OptionsApp';
import { createOptionsState } from '../../src/ui/options-state';
import { storageQuarantineRepo, storageSettingsRepo, storageSkillPlaceRepo, storageSkillsRepo } from '../../src/ui/repos';
import './style.css';

const categories = new Map(BUNDLED_TAXONOMY.skills.map((s) => [s.id, s.category]));
const state = createOptionsState({
  engine: getBundledEngine(),
  skills: storageSkillsRepo,
  settings: storageSettingsRepo,
  place: storageSkillPlaceRepo,
  quarantine: storageQuarantineRepo,
  permissions: allSitesPermission,
  download: downloadText,
  categoryOf: (id) => categories.get(id),
});

const root = document.getElementById('app');
if (root) render(<OptionsApp state={state} />, root);
