/**
 * Labels of ../shared/data/asked that name a taxonomy skill in other words, reviewed one by one
 * (keys lower-cased). Only labels whose meaning is plainly that skill are here; a label the
 * taxonomy lacks stays unresolved and counts against recall over all labels. These never become
 * aliases: a label's wording is one reader's, not how postings write the skill.
 */
export const ASKED_LABEL_MAP: Readonly<Record<string, string>> = {
  // "C/C++" is read as C or C++, one ask met by either; this label names it once, as C++ is where it resolved.
  'c/c++': 'cpp',
  // The product is named "Express"; the taxonomy's entry is Express.js.
  express: 'express',
  // "Classification" as a method: the taxonomy's Classification models.
  classification: 'classification',
  // "Linux and shell command-line tools": working in the shell, the taxonomy's Command line (shell
  // scripting, writing scripts, is labelled "Shell scripting" where a posting asks for it).
  shell: 'command-line',
  // A kind of the one Communication skill.
  'written communication': 'communication',
  // "self-motivated", "work independently" are aliases of Ownership.
  'self-motivation': 'ownership',
  independence: 'ownership',
  'independent work': 'ownership',
  // "quick learner" is an alias of Adaptability.
  'quick learning': 'adaptability',
  // "Linux administration" is an alias of Linux.
  'linux system administration': 'linux',
  // Multimodal learning and data are the taxonomy's Multimodal AI.
  'multimodal learning': 'multimodal-ai',
  'multimodal data': 'multimodal-ai',
  // Ranking and search systems: Search and ranking, and Information retrieval.
  ranking: 'search-ranking',
  search: 'information-retrieval',
  'search systems': 'information-retrieval',
  'search algorithms': 'information-retrieval',
  'relevance modeling': 'information-retrieval',
  'vector retrieval': 'semantic-search',
  reporting: 'reporting',
  presentation: 'presentation-skills',
  optimization: 'optimization',
  networking: 'networking',
  // SAM is Segment Anything, an image segmentation model.
  sam: 'image-segmentation',
  'text-to-image generation': 'diffusion-models',
  'image embeddings': 'embeddings',
  'cloud-native applications': 'cloud-computing',
  // MWAA is Amazon's managed Airflow.
  'aws mwaa': 'airflow',
  'database optimization': 'sql-tuning',
  'sequence modeling': 'rnn',
  // Monitoring of systems in production is the taxonomy's Observability ("system monitoring",
  // "monitoring tools"); the labels are duties ("front end profiling and monitoring", "monitoring
  // availability and ensuring overall system health").
  monitoring: 'observability',
  'production monitoring': 'observability',
  // "front end profiling": the taxonomy's Performance optimization ("performance profiling").
  profiling: 'performance-optimization',
  // "Software integration, development or quality": integrating a system's components.
  'software integration': 'systems-integration',
  // "Deep expertise in RDBMS, including database design, optimization, and operations".
  'database operations': 'database-administration',
  // "cloud architecture, on-prem infrastructure": the taxonomy's IT infrastructure (data centers).
  'on-premises infrastructure': 'it-infrastructure',
  'defense and intelligence domain': 'cybersecurity-industry',
  // "self-driving challenges (Perception, Prediction, Mapping…)": robot and vehicle perception.
  perception: 'machine-perception',
  // Clearances named with their polygraph or eligibility are the one Security clearance.
  'ts/sci clearance with polygraph': 'security-clearance',
  'active ts/sci clearance': 'security-clearance',
  'ts/sci clearance eligibility with polygraph': 'security-clearance',
  'ts/sci clearance with full scope polygraph': 'security-clearance',
  'polygraph clearance': 'security-clearance',
  'public trust clearance': 'security-clearance',
  // Publishing research is the taxonomy's Scientific publications.
  'scientific publishing': 'scientific-publishing',
  'research publications': 'scientific-publishing',
  // Pre-training a model, continued or from scratch: LLM pretraining.
  'continued pre-training': 'llm-pretraining',
  'model pretraining': 'llm-pretraining',
  // "sampling error" among statistics topics: Sampling methods.
  sampling: 'sampling',
  // Manipulating data with pandas or SQL is wrangling it: Data preprocessing.
  'data manipulation': 'data-preprocessing',
  // Processing data in real time is Stream processing; in batches, a data pipeline's batch processing.
  'real-time processing': 'stream-processing',
  'batch data processing': 'data-pipelines',
  'tree-based methods': 'decision-trees',
  // Labels that name a taxonomy skill in a reader's words (coverage-c, issue 8 item 7), each read in
  // its posting: "contributions to open-source projects"; "Multi Modal Machine Learning, Deep
  // Generative Modeling"; "monitoring concept drift and data drift"; "model distillation,
  // quantization"; "quantization, pruning"; "bias mitigation, fairness, privacy"; "unix, tcp/ip
  // networking"; "RESTful API design"; "RLHF/DPO"; "offline evaluation metrics"; "performance
  // metrics used in machine learning"; "Multivariate/Bayesian Regression".
  'open source contribution': 'open-source',
  'multimodal machine learning': 'multimodal-ai',
  'multimodal llm': 'multimodal-ai',
  'multimodal representation learning': 'multimodal-ai',
  'deep generative modeling': 'generative-ai',
  'ml productionization': 'model-deployment',
  'data drift monitoring': 'model-monitoring',
  'concept drift monitoring': 'model-monitoring',
  'model distillation': 'model-optimization',
  pruning: 'model-optimization',
  fairness: 'responsible-ai',
  'ml fairness': 'responsible-ai',
  'tcp/ip networking': 'network-protocols',
  'restful api design': 'rest-api',
  dpo: 'rlhf',
  druid: 'druid',
  'offline evaluation metrics': 'model-evaluation',
  'ml performance metrics': 'model-evaluation',
  'nlp evaluation metrics': 'model-evaluation',
  'bayesian regression': 'bayesian-statistics',
  // "image and video processing algorithms", "4+ years of video machine-learning": Computer vision,
  // whose aliases are "image processing" and "video understanding".
  'video processing': 'computer-vision',
  'video machine learning': 'computer-vision',
  // More labels of a-tune, b-check and c-final read in their postings (coverage-c): "Monitoring and
  // Alerting applications"; "Exposure to ML Explainability"; "ML workflow orchestration tools: Airflow,
  // Kubeflow"; "deep neural network architectures such as transformer/SSM/CNN"; "deployment on edge
  // devices"; "Physics-Informed ML models (PINN, DeepOnet…)"; "non-linear optimization"; "robot
  // motion planning (e.g., trajectory optimization, sampling-based planning…)"; "collecting,
  // sampling, labeling… datasets"; "advanced marketing measurement techniques, such as attribution
  // modeling"; "Familiarity with SLMs".
  alerting: 'observability',
  'ml explainability': 'explainable-ai',
  'ml workflow orchestration': 'workflow-orchestration',
  'aws certified machine learning specialty': 'aws-certification',
  'neural network architectures': 'neural-networks',
  'neural network design': 'neural-networks',
  'productionizing ml prototypes': 'model-deployment',
  'edge deployment': 'edge-ai',
  'public api development': 'apis',
  'physics-informed ml': 'scientific-ml',
  'non-linear optimization': 'optimization',
  'sampling-based planning': 'motion-planning',
  'data sampling': 'sampling',
  'marketing measurement': 'marketing-analytics',
  'small language models': 'llms',
  // Soft skills and a practice under another name (coverage-c), each the taxonomy's alias in other
  // words: "autonomous work", "eagerness to learn", "take initiative", "cross functional
  // collaboration", "adaptable", "roadmapping", "stakeholder relationships".
  autonomy: 'ownership',
  'willingness to learn': 'adaptability',
  initiative: 'proactivity',
  'cross-functional teamwork': 'collaboration',
  flexibility: 'adaptability',
  'product roadmapping': 'product-management',
  'relationship building': 'stakeholder-management',
  // "entity recognition, entity resolution, attribute extraction", "using LLMs for information retrieval
  // or knowledge extraction": information extraction, an alias of Named entity recognition.
  'attribute extraction': 'named-entity-recognition',
  'knowledge extraction': 'named-entity-recognition',
  // "Experience in marketing science or advertising analytics", "Media Mix Modeling, Message Mix Modeling":
  // Marketing analytics.
  'advertising analytics': 'marketing-analytics',
  'message mix modeling': 'marketing-analytics',
  // "Linux systems programming experience": Computer systems' "systems programming".
  'linux systems programming': 'computer-systems',
  // Labels of a-tune and b-check read in their postings (coverage-d): "Domain knowledge or working experience
  // in any of these areas: modern Recommendation, Search, Advertisement, E-commerce" and the Search Ads
  // team's "Ads algorithms"; "one of the following domains: ads bidding & auction, ads quality control, and
  // online advertising systems" (the taxonomy's "bidding algorithms", "ad auctions"); "Experience developing
  // accessible technologies" (Web accessibility); "observability products involving logs, metrics, and
  // traces" (Observability).
  advertising: 'computational-advertising',
  'ads bidding': 'computational-advertising',
  accessibility: 'accessibility',
  tracing: 'observability',
};
