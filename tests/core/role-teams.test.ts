import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';
import { named } from './role-counts';

/**
 * Our own writing, modelled on the MLOps postings of the development set that call the job by
 * its general name only and say the specialisation by the team it joins.
 */
const MLOPS_POSTING = `About UsTallgrass Health uses machine learning across scheduling, triage and billing for 300 clinics.About The RoleWe're looking for a Machine Learning Engineer to join our growing ML Platform team. The team builds the infrastructure our modeling teams use to train and ship models, and you will help decide what it becomes.What You'll DoDesign and build services for training and serving machine learning models at scale.Work with modeling teams to understand their needs and turn them into shared tools.Improve the reliability and speed of our training jobs and cut their cost.Write clear design documents and review code.What You'll Bring3+ years of experience applying machine learning in production.Strong Python; experience with PyTorch or TensorFlow.Experience with distributed systems, Spark and Kubernetes on AWS.MS in Computer Science or a related field.`;

describe("a team of the job's own, named after a role's field, names that role", () => {
  test('"a Machine Learning Engineer to join our growing ML Platform team" is an MLOps engineer', () => {
    expect(named(MLOPS_POSTING)).toEqual({ 'ml-engineer': 1, 'mlops-engineer': 1.5 });
  });

  test.each([
    ['on the', 'As a senior engineer on the ML Platform team, you will run the training cluster for every model team.'],
    ['member of', 'As a key member of the MLOps team, the engineer in this role owns model deployment and monitoring.'],
    ['its subject', 'The AI Platform team builds the tools every engineer here uses to ship models. The engineer in this role owns serving.'],
  ])('the team the job is in (%s)', (_, text) => {
    expect(named(text)['mlops-engineer']).toBe(1.5);
  });

  test.each([
    ['worked with', 'As an engineer you will partner with the ML Platform team on launches.'],
    ['served', 'The engineer builds dashboards for the MLOps team and the analysts.'],
    ['one of two', 'The engineer collaborates with the Data and ML Infrastructure team on pipelines.'],
    ['a department', 'The engineer works in the global Information Technology (IT) Function.'],
    // "Machine Learning Engineering" is a field of "Machine Learning Engineering Manager": the practice, not a team's focus.
    ['a department named after its practice', "We're looking for a Java Developer to join our Machine Learning Engineering team."],
    ['a team the company lacks', 'You will own features end to end as our engineer. No dedicated DevOps team yet, so we all pitch in on AWS.'],
  ])('a team that is not the job: %s', (_, text) => {
    // A name of the job counts 1 at most; a team 1.5.
    expect(Math.max(0, ...Object.values(named(text)))).toBeLessThanOrEqual(1);
  });

  test('a team of another kind of job does not make the job that kind: a data scientist on the ML Platform team', () => {
    expect(named('As a Data Scientist on the ML Platform team, the scientist will design experiments.')).toEqual({ 'data-scientist': 1 });
  });

  test('from the description alone, the posting reads as the MLOps engineer it is', () => {
    const roles = getBundledEngine().analyze({ text: MLOPS_POSTING, title: '', source: 'test' }, []).roles;
    expect(roles[0]!.id).toBe('mlops-engineer');
    // The reason quotes the posting's team, not the role's title.
    expect(roles[0]!.reasons).toContain('The text names the role ("ML Platform team")');
  });
});
