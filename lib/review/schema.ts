import { z } from "zod";
import { parseWeek } from "./week";

// The query of the review exports and the API: ?week=YYYY-Www&format=md|csv. Client-safe.

export const REVIEW_FORMATS = ["md", "csv"] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export const weekParamSchema = z
  .string()
  .refine((w) => parseWeek(w) != null, { message: "expected an ISO week such as 2026-W46 (YYYY-Www)" })
  .describe("ISO week, YYYY-Www (weeks run Monday 00:00 UTC to the next Monday). Default: the last complete week.");

export const reviewQuerySchema = z.object({
  week: weekParamSchema.optional(),
  format: z.enum(REVIEW_FORMATS).default("md").describe("md (Markdown) or csv (the changes table). Default md."),
});
