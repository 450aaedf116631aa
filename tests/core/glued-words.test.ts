import { describe, expect, test } from 'vitest';
import { BUNDLED_TAXONOMY, getBundledEngine } from '../../src/core/bundled';
import { gluedCuts, splitGluedWords } from '../../src/core/glued-words';
import { createMatcher } from '../../src/core/matcher';
import { tokenize, TokenKind } from '../../src/core/tokenize';
import { listed } from './asked';

const matcher = createMatcher(BUNDLED_TAXONOMY);
const trie = matcher.index.trie;
const ids = (text: string) => matcher.findMentions(text).map((m) => m.skillId);

describe('words glued by scraping, read against the skill index', () => {
  test.each([
    // A small word ending one item, a capitalised word opening the next.
    ['dockerOptional', [6]],
    ['methodsStatistical', [7]],
    ['trainingIn', [8]],
    ['clusteringDemonstrable', [10]],
    // A skill that stands alone before the join.
    ['TritonSuccessful', [6]],
    ['CUDALinux', [4]],
    ['APIsProficiency', [4]],
    ['PyTorchHigh', [7]],
    ['MongoDBCloud', [7]],
    // An everyday name glued to an item's or a sentence's opener: "an understanding of GoProven
    // expertise", "models such as YOLO and SAMThe expected base salary" ("The" starts a name too).
    ['GoProven', [2]],
    ['SAMThe', [3]],
    // An alias across the join.
    ['ComputerVision', [8]],
    ['ReinforcementLearning', [13]],
    // The next item's article: "proficiency in PythonA background in…".
    ['PythonA', [6]],
    ['possibleA', [8]],
    // A small word glued in lower case before an alias.
    ['withmodel', [4]],
    ['includingdiffusion', [9]],
  ])('%s is cut at %j', (word, at) => {
    const after = word === 'withmodel' ? 'serving' : word === 'includingdiffusion' ? 'models' : '';
    expect(gluedCuts(word, trie, '', after).map((c) => c.at)).toEqual(at);
  });

  test.each([
    // Camel-case names the index knows, whole.
    'TensorFlow',
    'LlamaIndex',
    'PyTorch',
    'JavaScript',
    'MLOps',
    // Company names whose parts stand for no skill on their own ("Go" and "Dash" need a list).
    'DoorDash',
    'BitGo',
    'PayPal',
    'LinkedIn',
    'YouTube',
    'ByteDance',
    'GoFundMe',
    'GoDaddy',
    // Companies, products and events named after a language or tool: the rest opens no item.
    'ZoomInfo',
    'JuliaHub',
    'RustConf',
    'ScalaCon',
    'PythonAnywhere',
    'JavaBeans',
    'JavaWorld',
    'SparkNotes',
    'RustBelt',
    'BERTScore',
    // An everyday name before a word that starts another name: "MLP/WordEmbedding/Transformer".
    'WordEmbedding',
    // A joined spelling the taxonomy lists as an alias of Deep learning.
    'DeepLearning',
    // Plurals of acronyms and short lower-case starts.
    'RSUs',
    'LLMs',
    'iPhone',
    'gRPC',
    // Words that only start like a glued small word.
    'within',
    'without',
    'withdraw',
    'withstand',
  ])('%s stays whole', (word) => {
    expect(gluedCuts(word, trie, '', 'from')).toEqual([]);
  });

  test('a product named after a tool is not that tool, in a list of tools', () => {
    for (const word of ['ZoomInfo', 'JuliaHub', 'RustConf', 'ScalaCon', 'PythonAnywhere', 'JavaBeans', 'JavaWorld', 'SparkNotes', 'RustBelt', 'BERTScore']) {
      expect(ids(`Tools we like: ${word}, Jira and Python.`), word).toEqual(['jira', 'python']);
    }
  });

  test('a word far longer than any glued pair, such as a camel-case blob in a posting, stays whole', () => {
    const blob = 'PythonCUDALinux'.repeat(3334);
    expect(blob.length).toBeGreaterThan(50_000);
    expect(gluedCuts(blob, trie)).toEqual([]);
    const tokens = tokenize(`Requirements: Python and SQL. Build id: ${blob} end.`);
    expect(splitGluedWords(tokens, trie)).toBe(tokens);
    expect(ids(`Requirements: Python and SQL. Build id: ${blob} end.`)).toEqual(['python', 'sql']);
  });

  test('a list item glued to the next one is split by a zero-width line break; a camel-case name is not', () => {
    const items = splitGluedWords(tokenize('accelerators such as CUDALinux systems'), trie);
    const words = Array.from({ length: items.count }, (_, i) => (items.kind[i] === TokenKind.Newline ? '⏎' : items.lower[i]));
    expect(words).toEqual(['accelerators', 'such', 'as', 'cuda', '⏎', 'linux', 'systems']);
    const name = splitGluedWords(tokenize('familiar with ComputerVision models'), trie);
    expect(Array.from({ length: name.count }, (_, i) => name.lower[i])).toEqual(['familiar', 'with', 'computer', 'vision', 'models']);
    const plain = tokenize('Python and SQL');
    expect(splitGluedWords(plain, trie)).toBe(plain);
  });
});

describe('the skills of glued list items are found', () => {
  // Our own wording, modelled on scraped postings whose line breaks were lost.
  test.each([
    ['Experience programming GPUs or other accelerators such as CUDALinux systems programming experience', ['cuda', 'linux']],
    ['Knowledge of distributed training approachesFamiliarity with TritonSuccessful track record in contests', ['triton-lang']],
    ['Experience with generative AI models and APIsProficiency in Python', ['apis', 'python']],
    ['Nice to have: familiarity with kubernetes and dockerOptional: low-level optimization', ['kubernetes', 'docker']],
    ['Tools for unstructured data classification and clusteringDemonstrable expertise in MATLAB', ['clustering', 'matlab']],
    ['Preferred QualificationsExperience withmodel serving and orchestration', ['model-serving']],
    ['Good understanding of generative architectures, includingdiffusion models, transformers, and GANs', ['diffusion-models', 'transformers', 'gans']],
    ['Have a good understanding of graph algorithmsHave some familiarity with git', ['graph-analytics', 'git']],
  ])('%s', (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found, id).toContain(id);
  });

  test('an everyday word after the join opens its own item: "APIMake sure" is no build tool', () => {
    expect(ids('Write documentation for the Fine-Tuning APIMake sure the service is stable')).not.toContain('make');
  });

  test("the posting's own company is never split into a tool", () => {
    // Our own wording, from a company (made up) whose name reads as two items: "Python|Cloud".
    const text = 'Requirements: 3+ years with SQL and Airflow. Experience running data pipelines on PythonCloud is a plus.';
    const missing = (company?: string) => {
      const a = getBundledEngine().analyze({ title: 'Data Engineer', ...(company ? { company } : {}), text, source: 'test' }, []);
      return [...a.gap.missingRequired, ...a.gap.missingPreferred].map((s) => s.id);
    };
    expect(missing()).toContain('python');
    expect(missing('PythonCloud')).not.toContain('python');
    expect(missing('PythonCloud')).toContain('sql');
  });

  test('glued items are not one list of alternatives', () => {
    const text = 'Requirements: Experience in programming for GPUs or other accelerators such as CUDALinux systems programming experience';
    const a = getBundledEngine().analyze({ title: 'ML Performance Engineer', text, source: 'test' }, [{ id: 'cuda', name: 'CUDA' }]);
    // Having CUDA does not meet Linux.
    expect(a.gap.missingRequired.map((s) => s.id)).toContain('linux');
  });
});

// Modelled on the development set's DoorDash postings (ml1000-256, ml1000-355): a scrape left a
// space after a compound's hyphen.
test('"semi- supervised learning" is semi-supervised learning, and no supervised learning', () => {
  const found = listed(`Machine Learning Engineer, Support
You're Excited About This Opportunity Because You Will…
- Lead the development of our support chatbot: applying LLMs, active learning, semi- supervised learning, weak label generation, and data augmentation
We're Excited About You Because You Have…
- 3+ years of industry experience with Python`);
  expect(found).toContain('semi-supervised-learning');
  expect(found).not.toContain('supervised-learning');
});
