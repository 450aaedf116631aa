import { z } from '../zod';

/**
 * What the role comparison shows beside a role's profile (data/roles), in the founding
 * article's format: a definition, the educational background and practical tips for getting
 * started; for the article's two roles also its "Required Skills" and "Tools and Software Used"
 * lines as written. One entry a role, in data/role-guides.json.
 */
// zod/mini (src/zod.ts) like every schema the extension's pages may load; data/roles keep full
// zod (schema.ts), which only scripts and tests use.
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const line = text(10, 600);
const lines = (min: number, max: number) => z.array(line).check(z.minLength(min), z.maxLength(max));

export const roleGuideSchema = z.strictObject({
  /** A role id of data/roles. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'role ids are lowercase kebab-case')),
  definition: text(80, 1200),
  education: lines(2, 8),
  tips: lines(3, 8),
  /** The article's own lines, for the roles it describes. */
  skills: z.optional(lines(1, 12)),
  tools: z.optional(lines(1, 12)),
  sources: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});

export const roleGuidesSchema = z.strictObject({
  version: z.int().check(z.positive()),
  guides: z.array(roleGuideSchema),
});

export type RoleGuide = z.infer<typeof roleGuideSchema>;
export type RoleGuides = z.infer<typeof roleGuidesSchema>;
/** What the comparison page reads of a guide: the extension ships no sources. */
export type ShownRoleGuide = Omit<RoleGuide, 'sources'>;

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
