/**
 * Capitalised words that open a heading rather than an employer's name: "About the Role:",
 * "About Position:", "Why Join". Read by the employer's name finder (employer-names.ts) and by
 * the about-headings glued to their blurb (headings.ts).
 */
export const HEADING_LEADS: ReadonlySet<string> = new Set(['About', 'Life', 'Join', 'Why', 'The', 'This', 'Our', 'Us', 'You', 'Your', 'Position', 'Role', 'Job', 'Team', 'Company', 'Opportunity', 'Least', 'We', 'It', 'They', 'There', 'Here', 'What', 'Who', 'That', 'Which', 'Each', 'Every']);
