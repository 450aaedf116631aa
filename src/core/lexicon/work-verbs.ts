import type { LexiconList } from './lexicon';

/**
 * Verbs of making and running technical things, in the forms a posting writes before their
 * object: "design and implement search algorithms", "Design, develop, and maintain algorithms
 * and models", "efficiently process and transform large datasets", "deploy state-of-the-art
 * machine learning models". What such a verb makes is asked of the candidate, in the duties as
 * in the requirements (work-verbs.ts). Past participles are left out, since "trained models" and
 * "a designed system" are things, not work; so are verbs that are nouns as often ("process",
 * "testing", "engineering"), and verbs of any making ("build", "create": "create the best user
 * experience", "build and support integrated cloud services" ask for no skill in SkillSpan's
 * postings; they count only beside a work verb, below); verbs that are also nouns of their own
 * lists ("research", "architect"); and verbs of goals ("improve the user experience", "ensure
 * compliance").
 */
export const WORK_VERB_LIST: LexiconList = {
  kind: 'work-verb',
  text: `
architecting
deploy
deploying
deploys
design
designing
designs
develop
developing
develops
implement
implementing
implements
maintain
maintaining
maintains
optimise
optimising
optimize
optimizes
optimizing
productionize
productionizing
prototype
prototyping
train
training
trains
transform
transforming
validate
validating
`,
};

/** Verbs of any making: a work verb's object only in one list with a work verb ("design and build scalable data infrastructure"). */
export const MAKING_VERB_LIST: LexiconList = {
  kind: 'making-verb',
  text: `
build
building
builds
create
creates
creating
`,
};

/**
 * Verbs that name a skill only with an object the taxonomy names with them ("evaluate models",
 * "serve models", "monitor models", "cleaning data", "curate datasets", "analyze data"), which
 * postings write in a list of work verbs or with describing words between: "training and
 * evaluating large deep learning models", "building and serving machine learning models",
 * "Monitor and maintain deployed models", "Collect, clean, and preprocess data". Their other
 * objects are no work asked ("evaluate brand compliance", "serve millions of merchants", "monitor
 * progress"), so they never make an everyday phrase asked the way a work verb does.
 */
export const OBJECT_VERB_LIST: LexiconList = {
  kind: 'object-verb',
  text: `
analyse
analyses
analysing
analyze
analyzes
analyzing
clean
cleaning
cleans
curate
curates
curating
evaluate
evaluates
evaluating
monitor
monitoring
monitors
preprocess
preprocesses
preprocessing
serve
serves
serving
`,
};

/**
 * Verbs that take models "into production" or "to production": "putting ML models into
 * production", "shipping ML solutions to production", "taking ML systems from training to
 * production", "launching ML models into production". With that place they deploy the models
 * (work-verbs.ts); without it they are no work ("ship features", "take ownership").
 */
export const PRODUCTION_VERB_LIST: LexiconList = {
  kind: 'production-verb',
  text: `
bring
bringing
launch
launching
put
putting
ship
shipping
take
taking
`,
};

/**
 * What the taxonomy names by a work verb and its object ("deploy models", "training models",
 * "curating datasets"), which postings write with describing words between: "deploy scalable
 * machine learning models", "training, evaluating, testing, and deploying industry-level models",
 * "curating and cleaning training datasets" (work-verbs.ts).
 */
export const WORK_OBJECT_LIST: LexiconList = {
  kind: 'work-object',
  text: `
data
dataset
datasets
model
models
`,
};

/**
 * What a field of models is built into, named in its place: "deploy scalable ML solutions",
 * "deploying AI/ML services", "productionize machine learning systems". Where a field of models
 * (machine learning, AI, NLP, LLMs) describes one, the work done on it is done on its models
 * (work-verbs.ts): deploying an ML solution is deploying models.
 */
export const MODEL_PRODUCT_LIST: LexiconList = {
  kind: 'model-product',
  text: `
application
applications
service
services
solution
solutions
system
systems
`,
};

/**
 * What a field of models is shipped to users as, named in its place, where the work deploys it:
 * "design, build, and deploy high-impact AI features", "shipping novel ML features from concept
 * to production" deploy models (work-verbs.ts). Only with a verb that deploys: "serve ML
 * features from the feature store" or "compute ML features" work on a model's inputs.
 */
export const DEPLOYED_PRODUCT_LIST: LexiconList = {
  kind: 'deployed-product',
  text: `
feature
features
`,
};
