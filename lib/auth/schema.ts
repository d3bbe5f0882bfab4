import { z } from "zod";

export const ROLES = ["viewer", "member", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2 };
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export const slugSchema = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, "lower-case letters, digits and dashes, not at the ends");

export const emailSchema = z.email().max(254).transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(8, "at least 8 characters").max(200);

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().max(100).optional().transform((v) => v || undefined),
});

export const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().max(100).optional(),
  org: slugSchema,
  role: roleSchema.default("admin"),
});

export const createProjectSchema = z.object({
  org: slugSchema,
  slug: slugSchema,
  name: z.string().min(1).max(100).optional(),
  repoUrl: z.url().optional(),
  defaultBranch: z.string().min(1).max(255).default("main"),
});
