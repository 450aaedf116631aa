import type { SkillRef } from '../core/types';

export interface Props {
  skills: ReadonlyArray<SkillRef & { via: SkillRef }>;
  onConfirm?: (skills: SkillRef[]) => void;
  pending?: readonly string[];
}

/**
 * Methods the posting names under a broad skill the user has ("Decision trees", "SVM" under
 * "Machine learning"): probably known, not plain misses; one click adds them all.
 */
export function ProbablyCovered({ skills, onConfirm, pending = [] }: Props) {
  if (skills.length === 0) return null;
  const byVia = new Map<string, { via: SkillRef; skills: SkillRef[] }>();
  for (const s of skills) {
    const entry = byVia.get(s.via.id) ?? { via: s.via, skills: [] };
    entry.skills.push({ id: s.id, name: s.name });
    byVia.set(s.via.id, entry);
  }
  return (
    <section class="section section--covered" data-testid="probably-covered" aria-label="Probably covered">
      {[...byVia.values()].map(({ via, skills: list }) => (
        <p key={via.id} class="covered-line">
          <span>
            Probably covered by <strong>{via.name}</strong>: {list.map((s) => s.name).join(', ')}
          </span>
          {onConfirm && (
            <button
              type="button"
              class="link-button"
              disabled={list.every((s) => pending.includes(s.id))}
              onClick={() => onConfirm(list)}
              data-testid={`confirm-covered-${via.id}`}
            >
              {list.length > 1 ? 'I have these' : 'I have it'}
            </button>
          )}
        </p>
      ))}
    </section>
  );
}
