/**
 * Skills of the taxonomy that are a track record rather than something to have: "publications
 * at NeurIPS", "a strong publication record", "winners of competitions such as Kaggle". Like a degree or years of experience, a posting
 * asks for them as proof of what the candidate has done, and no one can close that gap by
 * learning; people who list what a posting asks leave them out (../shared/data/asked/GUIDE.md
 * puts them with degrees and years). They stay among the posting's skills, where they tell a
 * research role from an engineering one (rank-roles.ts), but are never listed as missing.
 */
const TRACK_RECORDS: ReadonlySet<string> = new Set([
  // "Winners of machine learning competitions such as Kaggle": a record of wins, like publications.
  'kaggle',
  'scientific-publishing',
]);

export const isTrackRecord = (id: string): boolean => TRACK_RECORDS.has(id);
