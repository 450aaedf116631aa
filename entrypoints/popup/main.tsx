import { render } from 'preact';
import type { Analysis, UserSkill } from '../../src/core/types';
import { applyUserSkills } from '../../src/ui/gap';
import { PopupApp } from '../../src/ui/PopupApp';
import { askingEarly, createBrowserPopupData, tabIdFromSearch } from '../../src/ui/popup-data';
import { createPopupState } from '../../src/ui/popup-state';
import { downloadText } from '../../src/ui/browser-glue';
import { createEngineRecompute } from '../../src/ui/engine-gap';
import { storageNotAskedRepo, storageQuarantineRepo, storageSettingsRepo, storageSkillsRepo } from '../../src/ui/repos';
// The theme once, in the pages' shared stylesheet (scripts/pack/page-chunks.ts), before the page's own.
import '../../src/ui/theme.css';
import './style.css';

type Recompute = (analysis: Analysis, skills: readonly UserSkill[], notAsked: ReadonlySet<string>) => Analysis;

// The popup shows what the tab computed. The engine (for the exact gap after "I have this")
// loads only once the popup shows a result and is idle (loading it earlier held up the role
// list: /engine.js is parsed and unpacked on the main thread); until then the quick update serves.
let exact: Recompute | null = null;
const loadExact = () =>
  void createEngineRecompute()
    .then((recompute) => {
      exact = recompute;
    })
    .catch((err: unknown) => console.warn('[role-lens] engine gap unavailable, using the quick update', err));

// `popup.html?tabId=N` shows tab N instead of the active tab (browser tests open it in a tab).
// The tab and its cached result are asked for first, both at once when the tab is known.
const tabIdParam = tabIdFromSearch(location.search);
const state = createPopupState({
  data: askingEarly(createBrowserPopupData(tabIdParam), tabIdParam),
  skills: storageSkillsRepo,
  settings: storageSettingsRepo,
  quarantine: storageQuarantineRepo,
  recompute: (analysis, skills, notAsked) => (exact ?? applyUserSkills)(analysis, skills, notAsked),
  notAsked: storageNotAskedRepo,
  download: downloadText,
});

// Asked before the first render rather than from PopupApp's effect, which Preact runs after the
// first frame, or 35 ms later when none comes (measured: the role list showed 30 ms later).
// PopupApp starts the same loading and reports its failure.
void state.start().catch(() => undefined);
const root = document.getElementById('app');
if (root) render(<PopupApp state={state} />, root);
const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(loadExact, { timeout: 1500 }) : setTimeout(loadExact, 500));
const stopWaiting = state.store.subscribe((model) => {
  if (model.view.kind === 'loading') return;
  stopWaiting();
  whenIdle();
});
