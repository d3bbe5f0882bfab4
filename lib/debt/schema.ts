import { z } from "zod";
import { FINDING_KINDS, type FindingKind } from "@/lib/ingest/schema";

/** base + step × (value − threshold) minutes, charged only when value exceeds threshold. */
export const remediationRuleSchema = z.object({
  base: z.number().nonnegative(),
  step: z.number().nonnegative(),
});
export type RemediationRule = z.infer<typeof remediationRuleSchema>;

export const DEFAULT_RULES: Record<FindingKind, RemediationRule> = {
  // Qlty's function-complexity default: 10 min + 5 per point over the threshold.
  "complex-function": { base: 10, step: 5 },
  // value = duplicated lines of the clone, threshold = the minimum clone size in lines.
  clone: { base: 10, step: 1 },
  "undocumented-symbol": { base: 5, step: 0 },
  "missing-readme": { base: 30, step: 0 },
  // value = uncovered lines, threshold = uncovered lines the coverage target allows.
  "uncovered-file": { base: 0, step: 5 },
  "failing-test": { base: 15, step: 0 },
  "flaky-test": { base: 30, step: 0 },
  "slow-test": { base: 10, step: 0 },
};

export const debtModelSchema = z.object({
  /** SQALE development cost: minutes to write one line of code. */
  minutesPerLine: z.number().positive().default(30),
  /** Upper bounds of grades A, B, C, D as ratios; above the last is E. */
  gradeBounds: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .default([0.05, 0.1, 0.2, 0.5])
    .refine((b) => b.every((v, i) => v > 0 && (i === 0 || v > b[i - 1])), "grade bounds must increase"),
  rules: z
    .partialRecord(z.enum(FINDING_KINDS), remediationRuleSchema)
    .default({})
    .transform((r) => ({ ...DEFAULT_RULES, ...r }) as Record<FindingKind, RemediationRule>),
});
export type DebtModel = z.infer<typeof debtModelSchema>;

export const DEFAULT_DEBT_MODEL: DebtModel = debtModelSchema.parse({});

export const GRADES = ["A", "B", "C", "D", "E"] as const;
export type Grade = (typeof GRADES)[number];
