import "server-only";
import type { DebtModel } from "@/lib/debt/schema";
import type { Category } from "@/lib/ingest/schema";
import { forecastTargetsOfTeam, listEndedSprints, moduleHistory, type HistorySnapshot } from "./data";
import { forecast, forecastChartData, goalFor, seriesAtSprintEnds, type Forecast, type ForecastChartRow } from "./forecast";
import { paydownOf } from "./paydown";
import { payoffRollup, scanCutoffs } from "./rollup";
import { FORECAST_METRICS, type ForecastMetric } from "./schema";

// Team-wide compositions of the reads with the pure roll-up and forecast; callers check access first.

/** Start of the day (UTC): a sprint whose end date is before it has ended. */
export function startOfDayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Paid, added and minutes removed per unit for the team's last N ended sprints. */
export async function teamPayoff(orgId: string, teamId: string, lastN: number, now: Date = new Date()) {
  const sprints = await listEndedSprints(orgId, teamId, startOfDayUtc(now), lastN);
  const diffs = await Promise.all(sprints.map((s) => paydownOf(orgId, s, now)));
  return payoffRollup(sprints.map((s, i) => ({ ...s, diff: diffs[i] })));
}

export interface TargetForecast {
  id: string;
  moduleId: string;
  moduleName: string;
  projectSlug: string;
  category: Category;
  metric: ForecastMetric;
  target: number;
  forecast: Forecast;
  chart: ForecastChartRow[];
}

/** Each target of the team with its module's metric at the end of the last N ended sprints and the projection. */
export async function teamForecasts(orgId: string, teamId: string, model: DebtModel, lastN: number, now: Date = new Date()): Promise<{ forecasts: TargetForecast[]; sprints: number }> {
  const [targets, sprints] = await Promise.all([forecastTargetsOfTeam(orgId, teamId), listEndedSprints(orgId, teamId, startOfDayUtc(now), lastN)]);
  const ends = sprints.map((s) => ({ name: s.name, endDate: s.endDate, endBefore: scanCutoffs(s).endBefore }));
  const latestCut = new Date(Math.max(0, ...ends.map((e) => e.endBefore.getTime())));
  const histories = new Map<string, HistorySnapshot[]>();
  await Promise.all([...new Set(targets.map((t) => t.moduleId))].map(async (id) => histories.set(id, await moduleHistory(orgId, id, latestCut))));
  const known = targets.filter((t): t is typeof t & { metric: ForecastMetric } => (FORECAST_METRICS as readonly string[]).includes(t.metric));
  const forecasts = known.map((t) => {
    const series = seriesAtSprintEnds(histories.get(t.moduleId) ?? [], ends, t.metric, t.category, model);
    const goal = goalFor(t.metric, t.target, model);
    const result = forecast(series, goal);
    return {
      id: t.id,
      moduleId: t.moduleId,
      moduleName: t.module.name,
      projectSlug: t.module.project.slug,
      category: t.category,
      metric: t.metric,
      target: t.target,
      forecast: result,
      chart: forecastChartData(series, goal, result),
    };
  });
  return { forecasts, sprints: sprints.length };
}
