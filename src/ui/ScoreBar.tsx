import { percent } from './format';

export interface Props {
  score: number;
  /** Accessible name, e.g. "Data Scientist match". */
  label: string;
}

/** A thin horizontal bar with the percentage beside it; the number is the accessible value. */
export function ScoreBar({ score, label }: Props) {
  const value = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return (
    <div class="score-bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={percent(score)}>
      <div class="score-bar__track" aria-hidden="true">
        <div class="score-bar__fill" style={{ width: `${value}%` }} />
      </div>
      <span class="score-bar__value" aria-hidden="true">{percent(score)}</span>
    </div>
  );
}
