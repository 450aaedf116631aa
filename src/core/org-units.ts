/** Nouns for a unit of an organisation: after a skill or a job's name ("the research team", "our Data Science org") they name a group, not what the posting asks for. */
export const ORG_UNITS: readonly string[] = ['team', 'teams', 'group', 'groups', 'org', 'organization', 'organisation', 'department', 'function'];
