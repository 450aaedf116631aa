import type { LexiconList } from './lexicon';

/**
 * English words that are also the names of tools or languages. A skill alias that is one of these
 * words is only taken when written in the taxonomy's case and backed by evidence (see
 * evidence.ts): "you excel at", "the rest of the team", "the go-to person", "spark curiosity".
 * This is a fact about English, not about the taxonomy, so it lives with the matcher.
 */
export const EVERYDAY_WORD_LIST: LexiconList = {
  kind: 'everyday-word',
  text: `
access
ada
amplitude
ant
arrow
assembly
athena
atlas
aurora
bash
basic
batch
beam
bedrock
bloom
bootstrap
bower
box
bridge
c
cassandra
chainer
chef
circle
compass
confluence
consul
core
crystal
cv
d
dash
delta
drill
druid
dynamo
eclipse
elastic
elixir
elm
ember
envoy
excel
express
fabric
feast
flair
flask
flow
flume
flux
forge
gem
glue
go
groovy
haiku
heap
helm
hex
hive
hug
impala
it
jest
julia
kite
lambda
lightning
luigi
make
maven
mercury
meteor
mode
nest
next
node
nomad
notion
numbers
outlook
owl
packer
paddle
pages
parquet
pascal
pig
pilot
polymer
prefect
presto
prism
prophet
pulse
puppet
pyramid
quartz
r
rally
ray
react
realm
rest
ruby
rust
salt
sam
san
segment
sentry
shell
shiny
sigma
sketch
slack
snowflake
solid
spark
spring
stan
stitch
storm
superset
swift
synapse
teams
tempo
thrift
torch
triton
us
v
vault
vector
vision
word
yarn
zoom
`,
};

/**
 * Names that are as often an everyday acronym of another trade: read as the tool only inside a
 * list of tools (three or more, or two slashed together), never on an ask alone. "EMR" is Amazon's
 * in "Lambda, SQS, SNS, Athena, Glue, EMR, S3" but a hospital's medical record in "Experience with
 * EMR data"; "MSK" is Amazon's Kafka in "Kinesis, MSK, Glue" but Memorial Sloan Kettering or
 * musculoskeletal in a hospital's posting ("MSK imaging"); "SOA" is a service-oriented
 * architecture in "REST, SOA, microservices" but the Society of Actuaries in an insurer's posting
 * ("Progress toward SOA exams", "Associate of the Society of Actuaries (SOA)").
 */
export const LIST_ONLY_WORD_LIST: LexiconList = {
  kind: 'list-only-word',
  text: `
emr
msk
soa
`,
};
