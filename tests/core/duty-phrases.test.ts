import { expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

// Modelled on real ML and data postings: the duties name what the work touches ("business
// requirements", "technical design documents", "compliance", "our data platform", "model
// training"), which no careful reader lists as a skill to have; the requirements ask, in the
// words that ask ("expertise in designing and building…", a list of skills).
const posting = `Machine Learning Engineer, Catalog
About the role
Northwind is growing its retail delivery business, and the catalog team needs help.
Responsibilities:
- Work with cross-functional teams to understand business requirements and translate them into technical solutions
- Prepare technical design documents and specifications
- Conduct technical reviews to ensure compliance with applicable standards, codes and regulations
- Monitor model efficacy in live environments, troubleshooting and optimizing as needed
- Build and optimize GPU-accelerated pipelines for both model training and inference
- Support the services that comprise the Northwind Data platform
- Partner with product leaders to shape our ML-driven product roadmap
Requirements:
- 3+ years of experience with Python and PyTorch
- Expertise in designing and building robust large-scale data processing systems
- Experience with Docker, Kubernetes, automation and testing`;

const missing = () => {
  const gap = engine.analyze({ title: 'Machine Learning Engineer', text: posting, source: 'test' }, []).gap;
  return [...gap.missingRequired, ...gap.missingPreferred].map((s) => s.name);
};

test('what the duties touch is not listed as a skill the posting asks for', () => {
  const listed = missing();
  for (const name of ['Business analysis', 'System design', 'Compliance', 'Debugging', 'Model training', 'Data engineering', 'Product management']) {
    expect(listed, name).not.toContain(name);
  }
});

test('the same kind of phrase is asked when the words around it ask for it', () => {
  const listed = missing();
  expect(listed).toEqual(expect.arrayContaining(['Python', 'PyTorch', 'Docker', 'Kubernetes']));
  // Listed beside Kubernetes through another everyday word ("automation").
  expect(listed).toContain('Software testing');
  // The ask's object after the activities done with it: "expertise in designing and building robust
  // large-scale data processing systems" (the taxonomy's Big data processing systems, under Big data).
  expect(listed).toContain('Big data processing systems');
});
