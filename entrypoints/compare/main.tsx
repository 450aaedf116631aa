import { render } from 'preact';
import guidesJson from '../../data/role-guides.json';
import { loadBundledEngine } from '../../src/bundled-engine';
import { getRoleProfiles } from '../../src/bundled-roles';
import type { RoleGuides } from '../../src/core/role-guides';
import { readCompareSearch } from '../../src/ui/compare-link';
import { ComparePage } from '../../src/ui/ComparePage';
import { storageSkillsRepo } from '../../src/ui/repos';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import '../postings/style.css';
import './style.css';

// Validated at build time (scripts/validate-data.ts), like the role profiles.
const guides = (guidesJson as RoleGuides).guides;
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
