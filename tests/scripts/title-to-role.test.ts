import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTitle, titleToRole } from '../../scripts/roles/title-to-role';
import { ROLE_SEEDS } from '../../scripts/roles/seeds';

/** [title, expected role id or null]: real-looking titles, most of them from real postings. */
const CASES: ReadonlyArray<readonly [string, string | null]> = [
  // ML engineer and its levels, interns, graduates
  ['Machine Learning Engineer', 'ml-engineer'],
  ['Machine Learning Engineer II', 'ml-engineer'],
  ['Machine Learning Engineer, Level 5', 'ml-engineer'],
  ['Senior Machine Learning Engineer', 'ml-engineer'],
  ['Sr. Machine Learning Engineer', 'ml-engineer'],
  ['ML Engineer', 'ml-engineer'],
  ['Machine Learning (ML) Engineer', 'ml-engineer'],
  ['Machine Learning Engineer Intern', 'ml-engineer'],
  ['Intern - Machine Learning Engineer', 'ml-engineer'],
  ['2025 AI/ML Intern - Machine Learning Engineer', 'ml-engineer'],
  ['Machine Learning Engineer - Summer Intern 2025', 'ml-engineer'],
  ['Machine Learning Engineer Graduate (TikTok Recommendation) - 2025 Start (BS/MS)', 'ml-engineer'],
  ['Machine Learning Engineering Graduate (ML Engineer - Local Services Search) - 2025 Start (BS/MS)', 'ml-engineer'],
  ['PhD Machine Learning Engineer, New Grad', 'ml-engineer'],
  ['Software Engineer, Machine Learning', 'ml-engineer'],
  ['Sr. Software Engineer, Machine Learning', 'ml-engineer'],
  ['Software Engineer - ML', 'ml-engineer'],
  ['Software Engineer III, Machine Learning Engineer', 'ml-engineer'],
  ['Machine Learning, Software Engineer (Remote)', 'ml-engineer'],
  ['Machine Learning Software Engineer L4/L5', 'ml-engineer'],
  ['AI/ML Software Engineer', 'ml-engineer'],
  ['AI/Machine Learning Engineer', 'ml-engineer'],
  ['Machine Learning / AI Engineer', 'ml-engineer'],
  ['Generative AI / Machine Learning Engineer - NYC', 'ml-engineer'],
  ['Machine Learning Engineer, Generative AI', 'ml-engineer'],
  ['Sr. ML Software Engineer, GenAI', 'ml-engineer'],
  ['Applied Machine Learning Backend Engineer (L5), Monitoring & Alerting', 'ml-engineer'],
  ['Software Development Engineer - Safety ML', 'ml-engineer'],
  ['Future Opportunity -- Machine Learning Engineer', 'ml-engineer'],
  ['Machine Learning Engineer Vice President', 'ml-engineer'],
  // Lead ML engineer: staff / principal / lead / head / manager of ML engineering
  ['Lead Machine Learning Engineer', 'lead-ml-engineer'],
  ['Lead Machine Learning Engineer - Python', 'lead-ml-engineer'],
  ['Staff ML Engineer', 'lead-ml-engineer'],
  ['Staff Machine Learning Engineer - Responsible AI', 'lead-ml-engineer'],
  ['Principal ML Engineer', 'lead-ml-engineer'],
  ['Senior/Staff Machine Learning Engineer', 'lead-ml-engineer'],
  ['Senior/Lead Machine Learning Engineer', 'lead-ml-engineer'],
  ['Staff AI/ML Engineer, Vehicle Software', 'lead-ml-engineer'],
  ['Machine Learning Engineering Manager', 'lead-ml-engineer'],
  ['Head of Machine Learning', 'lead-ml-engineer'],
  ['ML Tech Lead', 'lead-ml-engineer'],
  ['Software Engineer (Technical Leadership) - Machine Learning', 'lead-ml-engineer'],
  // MLOps: ML infrastructure / platform / ops wins over seniority (decided)
  ['MLOps Engineer', 'mlops-engineer'],
  ['Machine Learning Operations (MLOps) Engineer', 'mlops-engineer'],
  ['Senior Machine Learning/MLOps Engineer', 'mlops-engineer'],
  ['Staff Software Engineer- ML Ops', 'mlops-engineer'],
  ['ML Platform Engineer', 'mlops-engineer'],
  ['Software Engineer - Machine Learning Platform', 'mlops-engineer'],
  ['Software Engineer L4, Machine Learning Platform (Metaflow)', 'mlops-engineer'],
  ['Senior Staff Software Engineer, ML Infrastructure', 'mlops-engineer'],
  ['Staff Machine Learning Engineer, ML Platform, Waymo', 'mlops-engineer'],
  ['Senior Software Engineer, Data & ML Infrastructure', 'mlops-engineer'],
  ['Machine Learning Engineer - Infrastructure', 'mlops-engineer'],
  ['Machine Learning Systems Engineer', 'mlops-engineer'],
  ['Software Engineer, Systems ML - Compilers', 'mlops-engineer'],
  // AI engineer: AI without ML
  ['AI Engineer', 'ai-engineer'],
  ['GenAI Engineer', 'ai-engineer'],
  ['Generative AI Engineer', 'ai-engineer'],
  ['LLM Engineer', 'ai-engineer'],
  ['AI Software Engineer', 'ai-engineer'],
  ['Software Engineer, AI', 'ai-engineer'],
  ['Founding AI Engineer, Agents', 'ai-engineer'],
  ['AI Engineer Intern, Agents', 'ai-engineer'],
  ['Prompt Engineer', 'ai-engineer'],
  // AI scientist (research scientist, applied scientist, ML scientist)
  ['AI Research Scientist', 'ai-scientist'],
  ['AI Scientist', 'ai-scientist'],
  ['Research Scientist', 'ai-scientist'],
  ['Research Scientist, Machine Learning', 'ai-scientist'],
  ['Machine Learning Scientist', 'ai-scientist'],
  ['Senior Applied Scientist', 'ai-scientist'],
  ['Applied Scientist II', 'ai-scientist'],
  ['Machine Learning Research Scientist / Machine Learning Engineer', 'ai-scientist'],
  ['Machine Learning Researcher / Engineer (Foundational Models)', 'ai-scientist'],
  ['Research Scientist Intern, NLP', 'ai-scientist'],
  // research engineer
  ['Research Engineer', 'research-engineer'],
  ['Machine Learning Research Engineer', 'research-engineer'],
  ['AI Research Engineer', 'research-engineer'],
  ['Software Engineer, ML Research', 'research-engineer'],
  // NLP and CV specialisations
  ['NLP Engineer', 'nlp-engineer'],
  ['Senior Machine Learning Engineer, NLP', 'nlp-engineer'],
  ['Machine Learning Engineer (LLM / NLP)', 'nlp-engineer'],
  ['Natural Language Processing Engineer', 'nlp-engineer'],
  ['Computer Vision Engineer', 'computer-vision-engineer'],
  ['Machine Learning Engineer, Computer Vision', 'computer-vision-engineer'],
  ['Software Engineer, Machine Learning/Computer Vision', 'computer-vision-engineer'],
  ['Machine Learning Perception Engineer', 'computer-vision-engineer'],
  ['Perception Engineer', 'computer-vision-engineer'],
  // data science
  ['Data Scientist', 'data-scientist'],
  ['Data scientist', 'data-scientist'],
  ['Senior Data Scientist', 'data-scientist'],
  ['Data Scientist, Product Analytics', 'data-scientist'],
  ['Data Scientist,  Marketing Analytics', 'data-scientist'],
  ['Data Scientist III - Machine Learning Engineer - Data Ventures', 'data-scientist'],
  ['Senior AI Data Scientist', 'data-scientist'],
  ['AI/ML Data Scientist', 'data-scientist'],
  ['Artificial Intelligence / Data Scientist Intern (HR)', 'data-scientist'],
  ['Data Science Intern/ AI/ML Engineer Intern - Summer 2025', 'data-scientist'],
  ['Junior Data Science Engineer', 'data-scientist'],
  ['Data and Applied Scientist', 'data-scientist'],
  ['Applied Data Scientist – Compute & Experimentation', 'data-scientist'],
  ['Principal Data Scientist', 'data-scientist'],
  ['Data Scientist Internship', 'data-scientist'],
  // data engineering and analytics
  ['Data Engineer', 'data-engineer'],
  ['Senior Data Engineer', 'data-engineer'],
  ['Lead Data Engineer', 'data-engineer'],
  ['Data Engineer (L5) - Commerce Product Data Engineering', 'data-engineer'],
  ['Big Data Engineer', 'data-engineer'],
  ['ETL Developer', 'data-engineer'],
  ['Extract-Transform-Load Developer', 'data-engineer'],
  ['Data/ML Engineer', 'data-engineer'],
  ['Machine Learning - ETL Engineer', 'data-engineer'],
  ['Software Engineer, Data Platform', 'data-engineer'],
  ['Software Engineer, Batch Data', 'data-engineer'],
  ['Analytics Engineer', 'analytics-engineer'],
  ['Senior Analytics Engineer', 'analytics-engineer'],
  ['Staff Analytics and Data Engineer', 'analytics-engineer'],
  ['Data Analyst', 'data-analyst'],
  ['Senior Data Analyst', 'data-analyst'],
  ['Business Intelligence Analyst', 'data-analyst'],
  ['BI Developer', 'data-analyst'],
  ['Product Analyst', 'data-analyst'],
  ['Business Analyst', 'business-analyst'],
  ['Business Systems Analyst', 'business-analyst'],
  ['IT Business Analyst', 'business-analyst'],
  ['Data Architect', 'data-architect'],
  ['Enterprise Data Architect', 'data-architect'],
  ['Senior Data Modeler', 'data-architect'],
  ['Database Designer', 'data-architect'],
  ['Data Engineering Manager', 'data-engineering-manager'],
  ['Manager, Data Engineering', 'data-engineering-manager'],
  ['Statistician', 'statistician'],
  ['Biostatistician II', 'statistician'],
  ['Quantitative Researcher', 'quantitative-researcher'],
  ['Quant Researcher', 'quantitative-researcher'],
  ['Quantitative Analyst', 'quantitative-researcher'],
  // software and infrastructure
  ['Software Engineer', 'software-engineer'],
  ['Senior Software Engineer', 'software-engineer'],
  ['Software Engineer II, Early Career', 'software-engineer'],
  ['Software Engineer Intern', 'software-engineer'],
  ['Intern - Software Engineer', 'software-engineer'],
  ['Software Engineer (New Grad)', 'software-engineer'],
  ['Software Development Engineer', 'software-engineer'],
  ['Java Developer', 'software-engineer'],
  ['Software Engineer - Front End', 'frontend-engineer'],
  ['Software Engineer, Frontend', 'frontend-engineer'],
  ['Front-End Developer', 'frontend-engineer'],
  ['Frontend-Developer', 'frontend-engineer'],
  ['Senior Backend-Developer', 'backend-engineer'],
  ['Full-Stack-Developer', 'full-stack-engineer'],
  ['React Developer', 'frontend-engineer'],
  ['Backend Engineer', 'backend-engineer'],
  ['Associate Software Engineer, Backend Python', 'backend-engineer'],
  ['Full Stack Engineer', 'full-stack-engineer'],
  ['Full-Stack Developer', 'full-stack-engineer'],
  ['Senior Software Engineer, Full Stack', 'full-stack-engineer'],
  ['iOS Engineer', 'mobile-engineer'],
  ['Android Developer', 'mobile-engineer'],
  ['Mobile Applications Developer', 'mobile-engineer'],
  ['QA Engineer', 'qa-engineer'],
  ['SDET', 'qa-engineer'],
  ['ML Software Integration & Quality Engineer', 'qa-engineer'],
  ['DevOps Engineer', 'devops-engineer'],
  ['Senior DevOps Engineer', 'devops-engineer'],
  ['DevOps Developer (Development and Operations Developer)', 'devops-engineer'],
  ['Site Reliability Engineer', 'site-reliability-engineer'],
  ['SRE II', 'site-reliability-engineer'],
  ['Platform Engineer', 'platform-engineer'],
  ['Infrastructure Engineer', 'platform-engineer'],
  ['Cloud Architect', 'cloud-architect'],
  ['AWS Solutions Architect', 'cloud-architect'],
  ['Security Engineer', 'security-engineer'],
  ['Application Security Engineer', 'security-engineer'],
  ['Penetration Tester', 'security-engineer'],
  ['Cybersecurity Research Scientist', 'security-engineer'],
  ['Database Administrator', 'database-administrator'],
  ['Oracle DBA', 'database-administrator'],
  ['Robotics Engineer', 'robotics-engineer'],
  ['Software Engineer (Robotics)', 'robotics-engineer'],
  ['AI Product Manager', 'ai-product-manager'],
  ['Product Manager, Machine Learning', 'ai-product-manager'],
  ['Engineering Manager', 'engineering-manager'],
  ['Director of Engineering', 'engineering-manager'],
  // no catalogued role
  ['Product Manager', null],
  ['Ecosystem Manager', null],
  ['Machine Learning (Pre-Sales) Solutions Engineer', null],
  ['Account Executive', null],
  ['Registered Nurse', null],
  ['', null],
];

describe('titleToRole', () => {
  it.each(CASES)('%j → %j', (title, role) => {
    expect(titleToRole(title)).toBe(role);
  });

  it('only returns catalogued role ids', () => {
    const ids = new Set(ROLE_SEEDS.map((s) => s.id));
    for (const [title] of CASES) {
      const r = titleToRole(title);
      if (r !== null) expect(ids.has(r), `${title} → ${r}`).toBe(true);
    }
  });

  it('maps each role title to its own role', () => {
    for (const s of ROLE_SEEDS) expect(titleToRole(s.title), s.title).toBe(s.id);
  });

  it('maps the curated title aliases to their role', () => {
    for (const s of ROLE_SEEDS) for (const a of s.titleAliases) expect(titleToRole(a), a).toBe(s.id);
  });

  it('maps every title alias of the generated role files to its role', () => {
    const dir = join(__dirname, '..', '..', 'data', 'roles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const role = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; title: string; titleAliases: string[] };
      for (const t of [role.title, ...role.titleAliases]) expect(titleToRole(t), `${f}: ${t}`).toBe(role.id);
    }
  });

  it('normalises spelling variants', () => {
    expect(normalizeTitle('Sr. Front-End Developer')).toBe('senior frontend developer');
    expect(normalizeTitle('Machine Learning (ML) Engineer')).toBe('machine learning engineer');
    expect(normalizeTitle('Data & ML Engineer')).toBe('data and ml engineer');
  });
});
