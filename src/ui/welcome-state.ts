import type { Engine } from '../core/types';
import type { SkillsRepo } from './repos';
import { createSkillResolver } from './resolve-skill';
import { createFileStore } from './stores/import-file';
import { createResumeStore } from './stores/resume';
import { createSkillListStore } from './stores/skill-list';
import { createStarterStore, type StarterRole } from './stores/starter';

export interface WelcomeDeps {
  engine: Engine | null;
  skills: SkillsRepo;
  roles: readonly StarterRole[];
  categoryOf: (id: string) => string | undefined;
  openOptions(): void;
}

/** The welcome page's state: the skill list plus one small store for each way to start it. */
export function createWelcomeState(deps: WelcomeDeps) {
  const list = createSkillListStore(deps.skills);
  const nameOf = (id: string) => deps.engine?.skill(id)?.name;
  return {
    list,
    resume: createResumeStore(deps.engine, deps.categoryOf, list),
    files: createFileStore(deps.engine ? createSkillResolver(deps.engine) : undefined, list, { say: list.say }),
    starter: createStarterStore(deps.roles, nameOf, list),
    roles: [...deps.roles].sort((a, b) => a.title.localeCompare(b.title)).map((r) => ({ id: r.id, title: r.title })),
    engineReady: deps.engine !== null,
    openOptions: deps.openOptions,
    start: () => list.start(),
    dispose: () => list.dispose(),
  };
}

export type WelcomeState = ReturnType<typeof createWelcomeState>;
