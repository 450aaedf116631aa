/**
 * English words that are also the names of tools or languages. A skill alias that is one of these
 * words is only taken when written in the taxonomy's case and backed by evidence (see
 * evidence.ts): "you excel at", "the rest of the team", "the go-to person", "spark curiosity".
 * This is a fact about English, not about the taxonomy, so it lives with the matcher.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  `
access ada amplitude ant arrow assembly athena atlas aurora basic batch beam bash bloom
bootstrap bower box bridge cassandra chainer chef circle compass confluence consul core crystal dash
delta drill druid dynamo eclipse elastic elixir elm ember envoy excel express fabric feast flair
flask flow flux flume forge gem glue go groovy haiku heap helm hex hive hug impala jest julia kite lambda lightning luigi make maven mercury meteor mode nest next node nomad notion numbers
outlook packer pages paddle parquet pascal pig pilot polymer prefect presto prism prophet pulse puppet
pyramid quartz rally ray react realm rest ruby rust salt segment sentry shell shiny sigma
sketch slack snowflake solid spark spring stan stitch storm superset swift teams tempo thrift
torch triton vault vector vision word yarn zoom
it us go r c d v san
`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
