import type { Analysis } from '../core/types';
import { DEGREE_LABEL, SENIORITY_LABEL, yearsLabel } from './format';

export interface Props {
  analysis: Pick<Analysis, 'minYears' | 'seniority' | 'degree'>;
}

/** Years, seniority and degree the posting asks for, as a compact row of labelled facts. */
export function AskedFor({ analysis }: Props) {
  const facts: Array<[string, string]> = [];
  const years = yearsLabel(analysis.minYears);
  if (years) facts.push(['Experience', years]);
  if (analysis.seniority) facts.push(['Seniority', SENIORITY_LABEL[analysis.seniority]]);
  if (analysis.degree) facts.push(['Degree', DEGREE_LABEL[analysis.degree]]);
  if (facts.length === 0) return null;
  return (
    <dl class="asked-for" data-testid="asked-for" aria-label="The posting asks for">
      {facts.map(([term, value]) => (
        <div class="asked-for__item" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
