import { z } from 'zod';
import { DEGREES, SENIORITIES, SKILL_CATEGORIES } from './vocabulary';

// The lists live apart from their schemas so the extension's engine uses them without zod.
export { DEGREES, SENIORITIES, SKILL_CATEGORIES };

export const skillCategorySchema = z.enum(SKILL_CATEGORIES);

export const skillIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skill ids are lowercase kebab-case');

export const skillSchema = z.strictObject({
  id: skillIdSchema,
  name: z.string().min(1),
  /** Other spellings, abbreviations and plurals. Matched case-insensitively unless `ambiguous`. */
  aliases: z.array(z.string().min(1)),
  category: skillCategorySchema,
  parent: skillIdSchema.optional(),
  related: z.array(skillIdSchema).optional(),
  /**
   * The name is also an everyday word (Go, R, Excel, Spark, Rest, Make). Such a skill counts only
   * when written in the case given in name/aliases and backed by evidence: another skill nearby
   * or a technical phrase around it.
   */
  ambiguous: z.boolean().optional(),
  /** Where the entry comes from: onet, esco, curated (several allowed). */
  sources: z.array(z.enum(['onet', 'esco', 'curated'])).min(1),
});

export const taxonomySchema = z.strictObject({
  version: z.number().int().positive(),
  attribution: z.array(z.string()),
  skills: z.array(skillSchema).min(1),
});

export const degreeSchema = z.enum(DEGREES);

export const senioritySchema = z.enum(SENIORITIES);

export const roleSkillSchema = z.strictObject({
  id: skillIdSchema,
  /** 0..1: how characteristic the skill is of the role (share of the role's postings naming it, smoothed). */
  weight: z.number().min(0).max(1),
  tier: z.enum(['core', 'common', 'nice']),
});

export const roleSchema = z.strictObject({
  id: skillIdSchema,
  title: z.string().min(1),
  titleAliases: z.array(z.string().min(1)),
  summary: z.string().min(1),
  skills: z.array(roleSkillSchema).min(5),
  /** Phrases of what the job does; matched loosely (stemmed words) against duty sentences. */
  responsibilities: z.array(z.string().min(1)).min(3),
  seniority: z.array(senioritySchema).min(1),
  degree: z.strictObject({ typical: degreeSchema, fields: z.array(z.string()) }),
  education: z.array(z.string()).optional(),
  tools: z.array(z.string()).optional(),
  industries: z.array(z.string()),
  sources: z.array(z.string()).min(1),
});

export type Skill = z.infer<typeof skillSchema>;
export type SkillCategory = z.infer<typeof skillCategorySchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Role = z.infer<typeof roleSchema>;
export type RoleSkill = z.infer<typeof roleSkillSchema>;
export type Degree = z.infer<typeof degreeSchema>;
export type Seniority = z.infer<typeof senioritySchema>;
