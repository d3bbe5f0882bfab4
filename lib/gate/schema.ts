import { z } from "zod";

/** Query of GET /api/v1/baseline. The exchange bodies live in lib/ingest/schema.ts (shared with the scanner). */
export const baselineQuerySchema = z.object({
  branch: z
    .string()
    .trim()
    .min(1, "branch is required, e.g. ?branch=main")
    .max(255)
    .regex(/^[^\u0000]*$/, "must not contain NUL characters"),
});

/** One row of the project page's "Gate results" card. */
export interface GateResultRow {
  id: string;
  commitSha: string;
  baseSha: string | null;
  branch: string | null;
  targetBranch: string | null;
  pullRequest: string | null;
  passed: boolean;
  warnOnly: boolean;
  debtDelta: number;
  createdAt: Date;
  /** Failed rules' names and the plans that covered added debt, read from the stored report. */
  failedRules: string[];
  plans: Array<{ module: string; plannedBy: string[] }>;
}
