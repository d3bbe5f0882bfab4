import { categoryDebt, type SnapshotMeasures } from "@/lib/debt/metrics";
import type { DebtModel } from "@/lib/debt/schema";
import type { Category } from "@/lib/ingest/schema";
import { leastSquares } from "@/lib/portfolio/forecast";
import { METRIC_META, type ForecastMetric } from "./schema";

// Forecast: a least-squares line through a module's metric at the end of each of the last N
// sprints, extended until it meets the team's target. Documented in docs/sprints-payoff.md.

const DAY = 86_400_000;
/** Fewer sprint ends than this give no forecast: two points always fit a line exactly. */
export const MIN_POINTS = 3;
/** Beyond this many sprints ahead a forecast says "never at this rate". */
export const HORIZON_SPRINTS = 260;
const DEFAULT_SPRINT_DAYS = 14;

export interface SeriesPoint {
  /** Epoch ms of the sprint's end. */
  t: number;
  label: string;
  /** The metric at that sprint's end; null when no scan (or no coverage) measured it. */
  value: number | null;
}

export interface Goal {
  direction: "atLeast" | "atMost";
  threshold: number;
}

export interface Line {
  /** Per day. */
  slope: number;
  /** The value at `origin`. */
  intercept: number;
  origin: number;
}

export type Forecast =
  | { state: "too_few_points"; points: number; needed: number }
  | { state: "met"; current: number }
  | { state: "never"; current: number; perSprint: number; line: Line }
  | { state: "reaches"; current: number; perSprint: number; at: number; sprints: number; line: Line };

/** Ordinary least squares of value on time in days; null without two distinct times. */
export function fitLine(points: Array<{ t: number; value: number }>): Line | null {
  if (!points.length) return null;
  const origin = points[0].t;
  const fit = leastSquares(points.map((p) => ({ x: (p.t - origin) / DAY, y: p.value })));
  return fit && { ...fit, origin };
}

export function valueAt(line: Line, t: number): number {
  return line.intercept + line.slope * ((t - line.origin) / DAY);
}

export function meets(value: number, goal: Goal): boolean {
  return goal.direction === "atLeast" ? value >= goal.threshold : value <= goal.threshold;
}

function sprintDays(ts: number[]): number {
  if (ts.length < 2) return DEFAULT_SPRINT_DAYS;
  return Math.max(1, (ts[ts.length - 1] - ts[0]) / DAY / (ts.length - 1));
}

/** When the fitted trend reaches the goal: met already, in n sprints, or never at this rate. */
export function forecast(series: SeriesPoint[], goal: Goal, minPoints = MIN_POINTS): Forecast {
  const known = series.filter((p): p is SeriesPoint & { value: number } => p.value != null).sort((a, b) => a.t - b.t);
  if (!known.length) return { state: "too_few_points", points: 0, needed: minPoints };
  const last = known[known.length - 1];
  if (meets(last.value, goal)) return { state: "met", current: last.value };
  const line = known.length >= minPoints ? fitLine(known) : null;
  if (!line) return { state: "too_few_points", points: known.length, needed: minPoints };
  const days = sprintDays(known.map((p) => p.t));
  const perSprint = line.slope * days;
  const towards = goal.direction === "atLeast" ? line.slope > 1e-9 : line.slope < -1e-9;
  if (!towards) return { state: "never", current: last.value, perSprint, line };
  const crossDays = (goal.threshold - line.intercept) / line.slope;
  const at = line.origin + crossDays * DAY;
  // The fitted line may already be past the goal while the last value is not: next sprint.
  const sprints = Math.max(1, Math.ceil((at - last.t) / DAY / days));
  if (sprints > HORIZON_SPRINTS) return { state: "never", current: last.value, perSprint, line };
  return { state: "reaches", current: last.value, perSprint, at: Math.max(at, last.t + days * DAY), sprints, line };
}

/** The metric of a module snapshot that a target is on; null when unmeasured (no coverage report). */
export function metricValue(
  s: SnapshotMeasures & { maxCcn: number },
  metric: ForecastMetric,
  category: Category,
  model: DebtModel,
): number | null {
  switch (metric) {
    case "coverage":
      return s.validLines == null || s.validLines === 0 ? null : (100 * (s.coveredLines ?? 0)) / s.validLines;
    case "maxCcn":
      return s.maxCcn;
    case "debtMinutes":
      return categoryDebt(s, category);
    case "grade":
      // The category's debt ratio in percent; a grade is a band of it.
      return s.lines > 0 ? (100 * categoryDebt(s, category)) / (model.minutesPerLine * s.lines) : 0;
  }
}

/** The goal a stored target means on the metricValue scale (grades become their ratio bound, in percent). */
export function goalFor(metric: ForecastMetric, target: number, model: DebtModel): Goal {
  const direction = METRIC_META[metric].direction;
  if (metric !== "grade") return { direction, threshold: target };
  const i = Math.round(target) - 1;
  return { direction, threshold: i >= model.gradeBounds.length ? Number.POSITIVE_INFINITY : 100 * model.gradeBounds[Math.max(0, i)] };
}

export interface ForecastChartRow {
  t: number;
  label: string;
  actual: number | null;
  fitted: number | null;
  target: number | null;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** History, the fitted line (extended to where it meets the target, at most 12 sprints on) and the target level. */
export function forecastChartData(series: SeriesPoint[], goal: Goal, result: Forecast): ForecastChartRow[] {
  const target = Number.isFinite(goal.threshold) ? goal.threshold : null;
  const line = result.state === "never" || result.state === "reaches" ? result.line : null;
  const rows: ForecastChartRow[] = [...series]
    .sort((a, b) => a.t - b.t)
    .map((p) => ({ t: p.t, label: p.label, actual: p.value == null ? null : round(p.value), fitted: line ? round(valueAt(line, p.t)) : null, target }));
  if (line && rows.length) {
    const lastT = rows[rows.length - 1].t;
    const step = sprintDays(rows.map((r) => r.t)) * DAY;
    const end = result.state === "reaches" ? Math.min(result.at, lastT + 12 * step) : lastT + 3 * step;
    if (end > lastT) rows.push({ t: end, label: "forecast", actual: null, fitted: round(valueAt(line, end)), target });
  }
  return rows;
}

/** The metric at each sprint's end: the module's latest snapshot before that sprint's end cut-off (sprints oldest first). */
export function seriesAtSprintEnds(
  history: Array<SnapshotMeasures & { maxCcn: number; scannedAt: Date }>,
  sprints: Array<{ name: string; endDate: Date; endBefore: Date }>,
  metric: ForecastMetric,
  category: Category,
  model: DebtModel,
): SeriesPoint[] {
  const sorted = [...history].sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
  return [...sprints]
    .sort((a, b) => a.endDate.getTime() - b.endDate.getTime())
    .map((s) => {
      let snap: (typeof sorted)[number] | undefined;
      for (const h of sorted) if (h.scannedAt < s.endBefore) snap = h;
      return { t: s.endDate.getTime(), label: s.name, value: snap ? metricValue(snap, metric, category, model) : null };
    });
}
