import { z } from "zod";
import { CATEGORIES, categorySchema, type Category } from "@/lib/ingest/schema";

// Inputs of the payoff actions and the forecast metrics; shared with the browser (zod only).

const id = z.string().trim().min(1, "Required").max(64);

/** One click on a "pay down next" suggestion: a finding (by fingerprint) or a module's category. */
export const addSuggestionSchema = z.union([
  z.object({ sprint: id, fingerprint: z.string().trim().min(1).max(160) }),
  z.object({ sprint: id, module: id, category: categorySchema }),
]);
export type AddSuggestionInput = z.infer<typeof addSuggestionSchema>;

export const FORECAST_METRICS = ["coverage", "grade", "maxCcn", "debtMinutes"] as const;
export type ForecastMetric = (typeof FORECAST_METRICS)[number];

export const GRADE_LETTERS = ["A", "B", "C", "D", "E"] as const;

export interface MetricMeta {
  label: string;
  /** "atLeast": the goal is reached from below (coverage ≥ 80 %); "atMost": from above. */
  direction: "atLeast" | "atMost";
  categories: readonly Category[];
  unit: string;
  /** How the target is written in the form. */
  hint: string;
}

export const METRIC_META: Record<ForecastMetric, MetricMeta> = {
  coverage: { label: "Line coverage", direction: "atLeast", categories: ["test"], unit: "%", hint: "percent, e.g. 80" },
  grade: { label: "Grade", direction: "atMost", categories: CATEGORIES, unit: "grade", hint: "a letter A–E, e.g. B" },
  maxCcn: { label: "Highest function CCN", direction: "atMost", categories: ["complexity"], unit: "CCN", hint: "e.g. 15" },
  debtMinutes: { label: "Debt minutes", direction: "atMost", categories: CATEGORIES, unit: "min", hint: "minutes, e.g. 600" },
};

/** A target as typed: grades as letters (stored 1 = A … 5 = E), the rest as numbers. */
export const setTargetSchema = z
  .object({
    team: z.string().trim().min(1).max(64),
    module: id,
    metric: z.enum(FORECAST_METRICS, { error: "Choose a metric" }),
    category: categorySchema,
    target: z.string().trim().min(1, "Required").max(20),
  })
  .transform((v, ctx) => {
    const meta = METRIC_META[v.metric];
    if (!meta.categories.includes(v.category)) {
      ctx.addIssue({ code: "custom", path: ["category"], message: `${meta.label} applies to ${meta.categories.join(", ")}` });
      return z.NEVER;
    }
    let target: number;
    if (v.metric === "grade") {
      const i = GRADE_LETTERS.indexOf(v.target.toUpperCase() as (typeof GRADE_LETTERS)[number]);
      if (i < 0) {
        ctx.addIssue({ code: "custom", path: ["target"], message: "A grade from A to E" });
        return z.NEVER;
      }
      target = i + 1;
    } else {
      target = Number(v.target);
      const max = v.metric === "coverage" ? 100 : 1e7;
      if (!Number.isFinite(target) || target < 0 || target > max) {
        ctx.addIssue({ code: "custom", path: ["target"], message: `A number from 0 to ${max}` });
        return z.NEVER;
      }
    }
    return { team: v.team, module: v.module, metric: v.metric, category: v.category, target };
  });
export type SetTargetInput = z.infer<typeof setTargetSchema>;

export const deleteTargetSchema = z.object({ team: z.string().trim().min(1).max(64), target: id });

/** How a stored target reads: "≥ 80%", "≤ B", "≤ 15 CCN", "≤ 600 min". */
export function describeTarget(metric: ForecastMetric, target: number): string {
  const meta = METRIC_META[metric];
  const sign = meta.direction === "atLeast" ? "≥" : "≤";
  if (metric === "grade") return `${sign} ${GRADE_LETTERS[Math.min(4, Math.max(0, Math.round(target) - 1))]}`;
  if (metric === "coverage") return `${sign} ${target}%`;
  return `${sign} ${target} ${meta.unit}`;
}
