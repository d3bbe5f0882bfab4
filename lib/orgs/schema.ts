import { z } from "zod";
import { roleSchema, slugSchema } from "@/lib/auth/schema";

// Paths under /orgs that are pages, not organizations.
const RESERVED_ORG_SLUGS = new Set(["new"]);

export const orgSlugSchema = slugSchema.refine((s) => !RESERVED_ORG_SLUGS.has(s), "this name is reserved");
export const orgNameSchema = z.string().trim().min(1, "required").max(100);

export const createOrgSchema = z.object({ name: orgNameSchema, slug: orgSlugSchema });
export const orgSettingsSchema = z.object({ org: slugSchema, name: orgNameSchema });
export const memberRoleSchema = z.object({ org: slugSchema, userId: z.string().min(1).max(64), role: roleSchema });
export const removeMemberSchema = z.object({ org: slugSchema, userId: z.string().min(1).max(64) });

export const INVITE_DAYS = [1, 3, 7, 14, 30] as const;
export const createInviteSchema = z.object({
  org: slugSchema,
  role: roleSchema,
  days: z.coerce.number().int().min(1).max(30).default(7),
});
export const revokeInviteSchema = z.object({ org: slugSchema, inviteId: z.string().min(1).max(64) });
export const acceptInviteSchema = z.object({ token: z.string().min(10).max(100) });

export const newProjectSchema = z.object({
  org: slugSchema,
  slug: slugSchema,
  name: z.string().trim().max(100).optional().transform((v) => v || undefined),
  repoUrl: z.union([z.literal(""), z.url()]).optional().transform((v) => v || undefined),
  defaultBranch: z.string().trim().min(1).max(255).default("main"),
});
export const newTokenSchema = z.object({ org: slugSchema, project: slugSchema, name: z.string().trim().min(1, "required").max(100) });
export const revokeTokenSchema = z.object({ org: slugSchema, tokenId: z.string().min(1).max(64) });
