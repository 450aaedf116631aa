import { formatFacts } from '../core/facts/format';
import type { Analysis } from '../core/types';
import { compareHref } from './compare-link';

export interface Props {
  analysis: Pick<Analysis, 'salary' | 'location' | 'remote' | 'employmentType' | 'roles' | 'skills'>;
}

/**
 * Pay, remote or not, employment type and place under the posting's title (plain text: the
 * page's words never become HTML), and the ways on: the two closest roles side by side, and
 * the history of postings read.
 */
export function PostingFacts({ analysis }: Props) {
  const facts = formatFacts(analysis);
  const closest = [...analysis.roles].sort((a, b) => b.score - a.score).slice(0, 2).map((r) => r.id);
  const asked = analysis.skills.filter((s) => s.importance !== 'mentioned').map((s) => s.id);
  return (
    <div class="posting-facts">
      {facts.length > 0 && (
        <p class="posting-facts__line" data-testid="posting-facts">
          {facts.join(' · ')}
        </p>
      )}
      <p class="posting-facts__links">
        {closest.length === 2 && (
          <a href={compareHref(closest, asked)} target="_blank" rel="noopener" data-testid="compare-roles">
            Compare the closest roles
          </a>
        )}
        <a href="postings.html" target="_blank" rel="noopener" data-testid="open-history">
          Postings you have read
        </a>
      </p>
    </div>
  );
}
