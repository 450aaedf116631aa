import { render } from 'preact';
import { getRoleTitles } from '../../src/role-details';
import { downloadText } from '../../src/ui/browser-glue';
import { HistoryApp } from '../../src/ui/HistoryApp';
import { storageHistoryRepo } from '../../src/ui/history-repo';
import { createHistoryState } from '../../src/ui/history-state';
import { storageSkillsRepo } from '../../src/ui/repos';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import './style.css';

const state = createHistoryState({
  history: storageHistoryRepo,
  skills: storageSkillsRepo,
  // The taxonomy index is built after first paint; the table shows the stored scores until then.
  engine: () => import('../../src/bundled-engine').then((m) => m.loadBundledEngine()),
  download: (name, text) => downloadText(name, text),
  confirm: (q) => window.confirm(q),
});

const roles = [...getRoleTitles()].sort((a, b) => a.title.localeCompare(b.title));
const root = document.getElementById('app');
if (root) render(<HistoryApp state={state} roles={roles} />, root);
