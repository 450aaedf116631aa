import { render } from 'preact';
import guidesJson from '../../data/role-guides.json';
import { BUNDLED_ROLE_PROFILES, getBundledEngine } from '../../src/core/bundled';
import type { RoleGuides } from '../../src/core/role-guides';
import { readCompareSearch } from '../../src/ui/compare-link';
import { ComparePage } from '../../src/ui/ComparePage';
import { storageSkillsRepo } from '../../src/ui/repos';
import '../history/style.css';
import './style.css';

// Validated at build time (scripts/validate-data.ts), like the role profiles.
const guides = (guidesJson as RoleGuides).guides;
const root = document.getElementById('app');
if (root) {
  render(
    <ComparePage
      request={readCompareSearch(location.search)}
      roles={BUNDLED_ROLE_PROFILES}
      guides={guides}
      engine={getBundledEngine()}
      loadSkills={() => storageSkillsRepo.get()}
    />,
    root,
  );
}
