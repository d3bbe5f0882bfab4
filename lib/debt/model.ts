import type { Category, FindingKind } from "@/lib/ingest/schema";
import { CATEGORIES } from "@/lib/ingest/schema";
import { debtModelSchema, DEFAULT_DEBT_MODEL, GRADES, type DebtModel, type Grade } from "./schema";

export type CategoryMinutes = Record<Category, number>;

/** Lines and debt minutes per category, as the Scan and ModuleSnapshot rows store them. */
export interface DebtColumns {
  lines: number;
  testDebt: number;
  docsDebt: number;
  complexityDebt: number;
  duplicationDebt: number;
  totalDebt: number;
}

export function emptyCategoryMinutes(): CategoryMinutes {
  return { test: 0, docs: 0, complexity: 0, duplication: 0 };
}

/** An organization's stored overrides merged over the defaults; invalid overrides fall back to defaults. */
export function resolveDebtModel(stored: unknown): DebtModel {
  if (stored == null) return DEFAULT_DEBT_MODEL;
  const parsed = debtModelSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_DEBT_MODEL;
}

export function remediationMinutes(
  finding: { kind: FindingKind; value: number; threshold: number | null },
  model: DebtModel = DEFAULT_DEBT_MODEL,
): number {
  const rule = model.rules[finding.kind];
  const threshold = finding.threshold ?? 0;
  if (!(finding.value > threshold)) return 0;
  return Math.round(rule.base + rule.step * (finding.value - threshold));
}

export function debtRatio(minutes: number, lines: number, model: DebtModel = DEFAULT_DEBT_MODEL): number {
  if (lines <= 0) return 0;
  return minutes / (model.minutesPerLine * lines);
}

export function gradeFor(ratio: number, model: DebtModel = DEFAULT_DEBT_MODEL): Grade {
  const i = model.gradeBounds.findIndex((bound) => ratio <= bound);
  return GRADES[i === -1 ? GRADES.length - 1 : i];
}

export function sumCategoryMinutes(
  findings: Iterable<{ category: Category; remediationMinutes: number }>,
): CategoryMinutes {
  const out = emptyCategoryMinutes();
  for (const f of findings) out[f.category] += f.remediationMinutes;
  return out;
}

export function totalMinutes(m: CategoryMinutes): number {
  return CATEGORIES.reduce((acc, c) => acc + m[c], 0);
}

export interface DebtSummary {
  minutes: number;
  lines: number;
  ratio: number;
  grade: Grade;
}

/** Project (or any group) totals: minutes and lines are summed, so the ratio is weighted by lines. */
export function summarize(
  parts: Array<{ minutes: number; lines: number }>,
  model: DebtModel = DEFAULT_DEBT_MODEL,
): DebtSummary {
  let minutes = 0;
  let lines = 0;
  for (const p of parts) {
    minutes += p.minutes;
    lines += p.lines;
  }
  const ratio = debtRatio(minutes, lines, model);
  return { minutes, lines, ratio, grade: gradeFor(ratio, model) };
}

/** "3d 4h 10m" in 8-hour days, as SonarQube shows debt. */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m}m`;
  const days = Math.floor(m / 480);
  const hours = Math.floor((m % 480) / 60);
  const rest = m % 60;
  return [days ? `${days}d` : "", hours ? `${hours}h` : "", rest && !days ? `${rest}m` : ""]
    .filter(Boolean)
    .join(" ");
}
