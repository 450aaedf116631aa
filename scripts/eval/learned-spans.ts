/**
 * An experiment, not part of the extension: how far a model learned from SkillSpan's train split
 * gets on its dev split, next to the shipped rules (`npm run eval`). An averaged-perceptron
 * tagger over the engine's own view of each token (words, shapes, taxonomy matches, sections)
 * learns the annotators' conventions: which mentions they marked and where spans end.
 * Thresholds on the first token's margin trade recall for precision.
 *
 *   npx tsx scripts/eval/learned-spans.ts [--data DIR]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_TAXONOMY } from '../../src/core/bundled';
import { createMatcher } from '../../src/core/matcher';
import { featurize, tagsFor } from './learned/features';
import { decode, spansOf, train } from './learned/perceptron';
import { readSpanPostings } from './skill-spans';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const arg = process.argv.indexOf('--data');
const dir = resolve(arg > 0 ? process.argv[arg + 1]! : join(root, '../shared/data'), 'skill_spans/skillspan');
const matcher = createMatcher(BUNDLED_TAXONOMY);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function load(split: string) {
  return readSpanPostings(join(dir, `postings_${split}.jsonl`)).map((p) => {
    const gold = p.spans.filter((s) => s.label === 'Knowledge');
    const text = featurize(p.text, matcher);
    return { text, gold, tags: tagsFor(text.tokens, gold) };
  });
}

const trainSet = load('train');
const devSet = load('dev');
const EPOCHS = 15;
const weights = train(trainSet.map((x) => ({ text: x.text, gold: x.tags })), EPOCHS);
const decisions = devSet.map((x) => decode(x.text, weights));
console.log(`Learned tagger (averaged perceptron, ${EPOCHS} epochs on train, ${weights.size} features), SkillSpan Knowledge dev:`);
for (const minMargin of [0, 5, 10, 20, 40, 80]) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  devSet.forEach((x, k) => {
    const goldKeys = new Set(x.gold.map((g) => `${g.start}:${g.end}`));
    const spans = spansOf(x.text, decisions[k]!, minMargin);
    predicted += spans.length;
    gold += x.gold.length;
    tp += spans.filter((s) => goldKeys.has(`${s.start}:${s.end}`)).length;
  });
  const p = predicted ? tp / predicted : 0;
  const r = tp / gold;
  console.log(`  margin ≥ ${String(minMargin).padStart(2)}: strict P ${pct(p)}  R ${pct(r)}  F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}  (${predicted} spans)`);
}
