import { describe, expect, test } from 'vitest';
import { analyzeStructure, sentenceAt } from '../../src/core/sections';

// Modelled on a consulting firm's postings as job boards flatten them: each heading glued to the
// text before and after it, the qualifications heading to a digit ("Skills3 + years").
const POSTING = [
  "Who You'll Work WithYou will be part of the technology architecture and enablement pod, a diverse and curious team.",
  'Your ImpactYou will design, implement and deploy machine learning services at scale in production.',
  'You will build self-serve tools that analyze unstructured text.',
  'Your Qualifications and Skills3 + years of experience deploying machine learning models with Python on AWS.',
  'Experience with Terraform or CloudFormation is a plus.',
].join('');

describe('headings glued to the text around them', () => {
  test('a qualifications heading glued to a number opens the requirements', () => {
    const structure = analyzeStructure(POSTING);
    const years = POSTING.indexOf('3 + years');
    expect(sentenceAt(structure.sentences, years)?.kind).toBe('required');
    // The duties before it keep their kind.
    expect(sentenceAt(structure.sentences, POSTING.indexOf('You will build self-serve'))?.kind).toBe('responsibilities');
  });
});

describe('a heading whose line breaks were lost on both sides', () => {
  // Modelled on an AI start-up's posting: the list's last item, a space, the heading, and the
  // next item glued to it.
  const text =
    'You Are A researcher with a track record in language models Fluent in English Bonus PointsKnowledge of approaches used in distributed trainingFamiliarity with Triton';
  test('opens its section', () => {
    const structure = analyzeStructure(text);
    expect(sentenceAt(structure.sentences, text.indexOf('distributed training'))?.kind).toBe('preferred');
    expect(sentenceAt(structure.sentences, text.indexOf('Fluent in English'))?.kind).not.toBe('preferred');
  });
  test('a heading phrase inside a sentence, followed by a space, opens nothing', () => {
    const plain = 'We offer a sign-on bonus and our Bonus Points program to every hire.';
    expect(analyzeStructure(plain).headings).toEqual([]);
  });
});
