import { useEffect, useState } from 'preact/hooks';
import type { ShownRoleGuide } from '../core/role-guides';
import type { RoleProfile } from '../core/packed';
import type { Engine, UserSkill } from '../core/types';
import { compareHref, type CompareRequest } from './compare-link';
import { compareColumn } from './compare-model';
import { CompareRoles } from './CompareRoles';

export interface Props {
  request: CompareRequest;
  roles: readonly RoleProfile[];
  guides: readonly ShownRoleGuide[];
  engine: Pick<Engine, 'findMentions' | 'skill'>;
  loadSkills(): Promise<UserSkill[]>;
}

/** compare.html: the requested roles side by side; a role picker when fewer than two are named. */
export function ComparePage({ request, roles, guides, engine, loadSkills }: Props) {
  const [skills, setSkills] = useState<UserSkill[]>([]);
  useEffect(() => {
    void loadSkills().then(setSkills);
  }, [loadSkills]);
  const chosen = request.roleIds.map((id) => roles.find((r) => r.id === id)).filter((r) => r !== undefined);
  const deps = {
    skillsIn: (text: string) => engine.findMentions(text).map((m) => m.skillId),
    skillName: (id: string) => engine.skill(id)?.name ?? id,
    asked: new Set(request.asked),
    have: new Set(skills.map((s) => s.id)),
  };
  const columns = chosen.map((r) => compareColumn(r, guides.find((g) => g.id === r.id), deps));
  const sorted = [...roles].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <main class="compare-page">
      <header>
        <h1>{columns.length >= 2 ? columns.map((c) => c.title).join(' vs. ') : 'Compare roles'}</h1>
        <p class="muted">
          In the sections of the founding comparison of Lead Machine Learning Engineer and AI Scientist.{' '}
          <a href="postings.html">Postings you have read</a>
        </p>
      </header>
      {columns.length >= 2 ? (
        <CompareRoles columns={columns} fromPosting={request.asked.length > 0} />
      ) : (
        <p data-testid="compare-pick">Pick two roles:</p>
      )}
      <nav class="compare-others" aria-label="Other comparisons">
        {chosen.length >= 1 &&
          sorted
            .filter((r) => !request.roleIds.includes(r.id))
            .slice(0, 40)
            .map((r) => (
              <a key={r.id} href={compareHref([chosen[0]!.id, r.id], request.asked)}>
                {chosen[0]!.title} vs. {r.title}
              </a>
            ))}
        {chosen.length === 0 &&
          sorted.map((r) => (
            <a key={r.id} href={compareHref([r.id, r.id === 'ai-scientist' ? 'lead-ml-engineer' : 'ai-scientist'])}>
              {r.title}
            </a>
          ))}
      </nav>
    </main>
  );
}
