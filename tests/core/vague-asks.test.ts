import { describe, expect, test } from 'vitest';
import { getBundledEngine } from '../../src/core/bundled';

const engine = getBundledEngine();

/** A posting modelled on the development set's ML postings: duties, then qualifications, with one line under test in either. */
const posting = (duty: string, qualification: string) => `Machine Learning Engineer, Recommendations
About the role
We are looking for a Machine Learning Engineer to join our Discovery team.
What you'll do
- Build ranking models in Python and deploy them on AWS
- ${duty}
What we're looking for
- 3+ years of experience with SQL and PyTorch
- ${qualification}
Benefits
- Health, dental and vision insurance`;

const listed = (duty: string, qualification: string) => {
  const gap = engine.analyze({ text: posting(duty, qualification), source: 'test' }, []).gap;
  return [...gap.missingRequired, ...gap.missingPreferred, ...(gap.missingSoft ?? [])].map((s) => s.name);
};

// Each line is modelled on a false positive of the asked eval (issue 8) or on the real ask it must keep.
describe('everyday words a posting uses about its work, not as an ask', () => {
  test.each([
    ['Artificial intelligence', 'Stay current with the latest advancements in machine learning and AI', 'Strong communication skills'],
    ['Artificial intelligence', 'Help build and maintain scalable AI systems', 'Strong communication skills'],
    ['Algorithms', 'Own the recommendation stack end to end', 'Experience in deep learning algorithms and techniques, e.g., convolutional neural networks'],
    ['Algorithms', 'Work with machine learning models, algorithms, and data to solve real-world problems', 'Strong communication skills'],
    ['Stakeholder management', 'Ship customer-facing products used by millions', 'Strong communication skills'],
    ['Data analysis', 'Deliver actionable data insights that enable informed product decisions', 'Strong communication skills'],
    ['Adaptability', 'Mentor junior engineers, fostering a culture of continuous learning and development', 'Strong communication skills'],
    ['Business acumen', 'Own the recommendation stack end to end', 'Fraud domain knowledge'],
    ['Programming languages', 'Own the recommendation stack end to end', '2+ years of programming experience in a relevant programming language'],
    ['Build systems', 'You will design and build systems for scalable, distributed training of machine learning models', 'Strong communication skills'],
    ['UI/UX design', 'You will design and build systems for scalable, distributed training of machine learning models', 'Strong communication skills'],
    ['Software engineering', 'Own the recommendation stack end to end', 'Strong machine learning and programming skills, particularly in Python'],
    ['Software engineering', 'Own the recommendation stack end to end', 'Experience in programming with at least one modern programming language such as Java, C# or Python'],
    ['Analytical skills', 'Apply complex analytical techniques to derive actionable insights', 'Strong communication skills'],
    ['Analytical skills', 'Communicate key analytical results to stakeholders', 'Ability to synthesize and summarize analytical project results'],
    ['Creativity', 'Own the recommendation stack end to end', 'Do you thrive in a work environment that emphasizes and fosters collaboration, creativity, and intellectual curiosity?'],
    ['Reinforcement learning', 'Our research spans many areas of machine learning, including recommender systems and reinforcement learning', 'Strong communication skills'],
    ['Artificial intelligence', 'Build knowledge by keeping up with latest advancements in machine learning and artificial intelligence (AI)', 'Strong communication skills'],
  ])('no %s from "%s" / "%s"', (name, duty, qualification) => {
    expect(listed(duty, qualification)).not.toContain(name);
  });
});

describe('the same words where the posting asks for them', () => {
  test.each([
    ['Artificial intelligence', 'Own the recommendation stack end to end', '5+ years of experience in machine learning and AI'],
    ['Artificial intelligence', 'Own the recommendation stack end to end', 'Proficient knowledge of and experience with AI systems'],
    ['Algorithms', 'Own the recommendation stack end to end', 'Strong understanding of data structures, algorithms, and software architecture'],
    // Two skills, as the blind readers of the development postings list them: not one name.
    ['Algorithms', 'Own the recommendation stack end to end', 'Solid knowledge of data structures and algorithms'],
    ['Data structures', 'Own the recommendation stack end to end', 'You know the fundamentals of algorithms and data structures'],
    ['Stakeholder management', 'Own the recommendation stack end to end', 'Customer-facing or project-based experience is a plus'],
    ['Adaptability', 'Own the recommendation stack end to end', 'A commitment to continuous learning'],
    ['Software engineering', 'Own the recommendation stack end to end', '1 year of SQL and programming experience'],
    ['Deep learning frameworks', 'Own the recommendation stack end to end', 'Strong experience with any major deep learning framework'],
    ['Build systems', 'Own the recommendation stack end to end', 'Some familiarity with model monitoring, git, build systems, and CI/CD'],
    ['Analytical skills', 'Own the recommendation stack end to end', 'Strong analytical and quantitative problem-solving ability'],
    ['Analytical skills', 'Own the recommendation stack end to end', 'An analytical and data driven mindset'],
    ['Mentoring', 'Foster a collaborative and high-performing work environment that values continuous improvement and knowledge sharing', 'Strong communication skills'],
  ])('%s from "%s" / "%s"', (name, duty, qualification) => {
    expect(listed(duty, qualification)).toContain(name);
  });
  test('the language named after "programming skills, particularly in" is asked', () => {
    expect(listed('Own the recommendation stack end to end', 'Strong machine learning and programming skills, particularly in Go')).toContain('Go');
  });
});
