import { expect, test } from 'vitest';
import { listed } from './asked';

// Modelled on development postings (a messaging company's ML roles, a GPU maker's performance
// roles), in our words: the foundations of computer science are named, then their topics.
const searchPosting = `Senior Machine Learning Engineer, Search
What you will be doing
- Build and ship ranking models for workplace search and recommendations
- Partner with product and design to turn research into features
What you should have
- 5+ years of applicable engineering experience
- Experience with Python and Spark, building batch data processing pipelines
- Strong computer science fundamentals: data structures, algorithms, distributed systems, and information retrieval.
- Ability to explain technical concepts to designers and other specialists`;

const performancePosting = `Deep Learning Performance Engineer
Requirements
- Interest in modern machine learning and deep learning systems
- Strong Computer Science fundamentals in algorithm design, complexity analysis, and performance
- Experience with C++ and CUDA programming`;

test('computer science fundamentals named by their topics: the topics are the asks', () => {
  const search = listed(searchPosting);
  expect(search).toEqual(expect.arrayContaining(['data-structures', 'algorithms', 'distributed-systems', 'information-retrieval', 'python', 'spark']));
  expect(search).not.toContain('cs-fundamentals');
  const performance = listed(performancePosting);
  expect(performance).toEqual(expect.arrayContaining(['algorithms', 'cpp', 'cuda']));
  expect(performance).not.toContain('cs-fundamentals');
});

test('computer science fundamentals asked on their own stay asked', () => {
  const standalone = searchPosting.replace(': data structures, algorithms, distributed systems, and information retrieval.', ' and a pragmatic approach to problem solving.');
  expect(listed(standalone)).toContain('cs-fundamentals');
  // Named both ways, the ask on its own keeps it.
  expect(listed(`${searchPosting}\n- Strong grasp of CS fundamentals.`)).toContain('cs-fundamentals');
});
