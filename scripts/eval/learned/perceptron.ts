import { Tag, type TaggedText } from './features';

type Weights = Map<string, Float64Array>;

/** A tagged token's decision: the tag and how far it beat leaving the token outside a span. */
interface Decision {
  tag: Tag;
  margin: number;
}

const withHistory = (features: readonly string[], prev: Tag) => [...features, `prev=${prev}`, `prev|${features[1]}=${prev}`];

function decide(features: readonly string[], prev: Tag, weights: Weights): Decision {
  const score = [0, 0, 0];
  for (const f of withHistory(features, prev)) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < 3; k++) score[k]! += w[k]!;
  }
  // A span can only continue after its first token.
  if (prev === Tag.O) score[Tag.I] = -Infinity;
  const best = score[Tag.B]! > score[Tag.O]! && score[Tag.B]! >= score[Tag.I]! ? Tag.B : score[Tag.I]! > score[Tag.O]! ? Tag.I : Tag.O;
  return { tag: best, margin: score[best]! - score[Tag.O]! };
}

/** Left-to-right tagging, each token seeing the tag before it. */
export function decode(text: TaggedText, weights: Weights): Decision[] {
  const out: Decision[] = [];
  let prev = Tag.O;
  for (const f of text.features) {
    const d: Decision = f.length === 0 ? { tag: Tag.O, margin: 0 } : decide(f, prev, weights);
    out.push(d);
    prev = d.tag;
  }
  return out;
}

/** Averaged perceptron (Collins 2002): the averaged weights generalise far better than the last ones. */
export function train(data: ReadonlyArray<{ text: TaggedText; gold: readonly Tag[] }>, epochs: number): Weights {
  const weights: Weights = new Map();
  const totals: Weights = new Map();
  const row = (m: Weights, f: string) => m.get(f) ?? m.set(f, new Float64Array(3)).get(f)!;
  let step = 1;
  for (let e = 0; e < epochs; e++) {
    for (const { text, gold } of data) {
      let prev = Tag.O;
      text.features.forEach((f, i) => {
        if (f.length === 0) {
          prev = Tag.O;
          return;
        }
        const g = gold[i]!;
        const { tag } = decide(f, prev, weights);
        if (tag !== g) {
          for (const name of withHistory(f, prev)) {
            const w = row(weights, name);
            const t = row(totals, name);
            w[g]! += 1;
            w[tag]! -= 1;
            t[g]! += step;
            t[tag]! -= step;
          }
        }
        prev = g;
        step++;
      });
    }
  }
  const averaged: Weights = new Map();
  for (const [name, w] of weights) {
    const t = totals.get(name)!;
    averaged.set(name, Float64Array.from(w, (x, k) => x - t[k]! / step));
  }
  return averaged;
}

/** Character spans of the B-I* runs whose first token won by at least `minMargin`. */
export function spansOf(text: TaggedText, decisions: readonly Decision[], minMargin = 0): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i]!.tag !== Tag.B) continue;
    let j = i;
    while (j + 1 < decisions.length && decisions[j + 1]!.tag === Tag.I) j++;
    if (decisions[i]!.margin >= minMargin) spans.push({ start: text.tokens.start[i]!, end: text.tokens.end[j]! });
  }
  return spans;
}
