import { render } from 'preact';
import guides from 'virtual:role-lens-role-guides';
import { loadBundledEngine } from '../../src/bundled-engine';
import { getRoleProfiles } from '../../src/bundled-roles';
import { readCompareSearch } from '../../src/ui/compare-link';
import { ComparePage } from '../../src/ui/ComparePage';
import { storageSkillsRepo } from '../../src/ui/repos';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import '../postings/style.css';
import './style.css';

// data/role-guides.json, validated at build time (scripts/validate-data.ts) like the role profiles.
const engine = await loadBundledEngine();
const root = document.getElementById('app');
if (root) {
  render(
    <ComparePage
      request={readCompareSearch(location.search)}
      roles={getRoleProfiles()}
      guides={guides}
      engine={engine}
      loadSkills={() => storageSkillsRepo.get()}
    />,
    root,
  );
}
