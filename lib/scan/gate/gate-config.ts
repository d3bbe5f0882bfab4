import { z } from "zod";

/**
 * The `gate` section of paydown.config.json. Every rule has a severity: "fail" stops the merge,
 * "warn" only reports, "off" skips the rule. Defaults are in docs/ci.md.
 */
const severity = (fallback: "fail" | "warn" | "off") => z.enum(["fail", "warn", "off"]).default(fallback);

export const gateConfigSchema = z.strictObject({
  changedLinesCoverage: z
    .strictObject({
      severity: severity("fail"),
      /** Fraction of 1. Unset: the project's coverage minimum from the dashboard, else 0.8. */
      minimum: z.number().min(0).max(1).optional(),
      /** Changed source files the coverage report does not know: listed as warnings, or failures. */
      missingData: z.enum(["warn", "fail"]).default("warn"),
    })
    .prefault({}),
  moduleCoverageDrop: z
    .strictObject({
      severity: severity("fail"),
      /** Percentage points a module's line coverage may drop. */
      tolerance: z.number().min(0).max(100).default(0.5),
    })
    .prefault({}),
  complexity: z.strictObject({ severity: severity("fail") }).prefault({}),
  clones: z.strictObject({ severity: severity("fail") }).prefault({}),
  undocumentedApi: z.strictObject({ severity: severity("warn") }).prefault({}),
  debtPlan: z
    .strictObject({
      severity: severity("fail"),
      /** Debt minutes a module may gain without a plan. */
      allowanceMinutes: z.number().min(0).default(0),
    })
    .prefault({}),
});

export type GateConfig = z.infer<typeof gateConfigSchema>;
export type RuleSeverity = GateConfig["complexity"]["severity"];
