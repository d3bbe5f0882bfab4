import { z } from "zod";
import { slugSchema } from "@/lib/auth/schema";

// Paths under /teams that are pages, not teams.
const RESERVED_TEAM_SLUGS = new Set(["new"]);

export const teamSlugSchema = slugSchema.refine((s) => !RESERVED_TEAM_SLUGS.has(s), "this name is reserved");

/** The form asks for a percentage (20); the database keeps a fraction of 1 (0.2). */
export const budgetPercentSchema = z.coerce
  .number({ message: "a number from 0 to 100" })
  .min(0, "at least 0")
  .max(100, "at most 100")
  .transform((p) => Math.round(p * 100) / 10_000);

export const teamFormSchema = z.object({
  org: slugSchema,
  slug: teamSlugSchema,
  name: z.string().trim().min(1, "required").max(100),
  budgetTarget: z.preprocess((v) => (v === "" || v == null ? "20" : v), budgetPercentSchema),
  projects: z.array(slugSchema).max(100).default([]),
});
export type TeamInput = z.infer<typeof teamFormSchema>;

export const updateTeamFormSchema = teamFormSchema.extend({ team: slugSchema });
