import type { Taxonomy } from '../../src/core/schema';

/** A small taxonomy for matcher tests that must not move when data/skills.json grows. */
export const FIXTURE_TAXONOMY: Taxonomy = {
  version: 1,
  attribution: [],
  skills: [
    { id: 'python', name: 'Python', aliases: ['python3'], category: 'language', sources: ['curated'] },
    { id: 'cpp', name: 'C++', aliases: ['cpp'], category: 'language', sources: ['curated'] },
    { id: 'c', name: 'C', aliases: [], category: 'language', ambiguous: true, sources: ['curated'] },
    { id: 'csharp', name: 'C#', aliases: ['c sharp'], category: 'language', sources: ['curated'] },
    { id: 'dotnet', name: '.NET', aliases: ['dotnet', '.NET Core'], category: 'web', sources: ['curated'] },
    { id: 'nodejs', name: 'Node.js', aliases: ['nodejs', 'node js'], category: 'web', sources: ['curated'] },
    { id: 'ci-cd', name: 'CI/CD', aliases: ['CI CD', 'continuous integration'], category: 'method', sources: ['curated'] },
    { id: 'go', name: 'Go', aliases: ['golang'], category: 'language', ambiguous: true, sources: ['curated'] },
    { id: 'r', name: 'R', aliases: ['R programming'], category: 'language', ambiguous: true, sources: ['curated'] },
    { id: 'apache-spark', name: 'Spark', aliases: ['Apache Spark'], category: 'data-engineering', ambiguous: true, sources: ['curated'] },
    { id: 'excel', name: 'Excel', aliases: ['Microsoft Excel', 'MS Excel'], category: 'bi-analytics', ambiguous: true, sources: ['curated'] },
    { id: 'rest-api', name: 'REST', aliases: ['REST API', 'RESTful'], category: 'web', ambiguous: true, sources: ['curated'] },
    { id: 'scikit-learn', name: 'scikit-learn', aliases: ['sklearn', 'scikit learn'], category: 'ml-library', sources: ['curated'] },
    { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'], category: 'devops', sources: ['curated'] },
    { id: 'large-language-models', name: 'Large language models', aliases: ['LLM'], category: 'llm-genai', sources: ['curated'] },
    { id: 'machine-learning', name: 'Machine learning', aliases: ['ML'], category: 'ml-concept', sources: ['curated'] },
    { id: 'sql', name: 'SQL', aliases: [], category: 'language', sources: ['curated'] },
    { id: 'aws', name: 'AWS', aliases: ['Amazon Web Services'], category: 'cloud', sources: ['curated'] },
    { id: 'tableau', name: 'Tableau', aliases: [], category: 'bi-analytics', sources: ['curated'] },
  ],
};
