import { z } from 'zod';
import { skillIdSchema } from './schema';

/**
 * What the role comparison shows beside a role's profile (data/roles), in the founding
 * article's format: a definition, the educational background and practical tips for getting
 * started; for the article's two roles also its "Required Skills" and "Tools and Software Used"
 * lines as written. One entry a role, in data/role-guides.json.
 */
const line = z.string().trim().min(10).max(600);

export const roleGuideSchema = z.strictObject({
  id: skillIdSchema,
  definition: z.string().trim().min(80).max(1200),
  education: z.array(line).min(2).max(8),
  tips: z.array(line).min(3).max(8),
  /** The article's own lines, for the roles it describes. */
  skills: z.array(line).min(1).max(12).optional(),
  tools: z.array(line).min(1).max(12).optional(),
  sources: z.array(z.string().min(1)).min(1),
});

export const roleGuidesSchema = z.strictObject({
  version: z.number().int().positive(),
  guides: z.array(roleGuideSchema),
});

export type RoleGuide = z.infer<typeof roleGuideSchema>;
export type RoleGuides = z.infer<typeof roleGuidesSchema>;

/** Problems with the guides: shape, one guide for every role and none for a role that isn't there, sorted by id. */
export function checkRoleGuides(raw: unknown, roleIds: readonly string[]): string[] {
  const parsed = roleGuidesSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 20).map((i) => `data/role-guides.json${i.path.length ? ` at ${i.path.map(String).join('.')}` : ''}: ${i.message}`);
  }
  const errors: string[] = [];
  const ids = parsed.data.guides.map((g) => g.id);
  const known = new Set(roleIds);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.push(`data/role-guides.json: two guides for "${id}"`);
    seen.add(id);
    if (!known.has(id)) errors.push(`data/role-guides.json: "${id}" is not a role in data/roles`);
  }
  for (const id of roleIds) if (!seen.has(id)) errors.push(`data/role-guides.json: no guide for the role "${id}"`);
  const sorted = [...ids].sort();
  if (ids.some((id, i) => id !== sorted[i])) errors.push('data/role-guides.json: guides are not sorted by id');
  return errors;
}
