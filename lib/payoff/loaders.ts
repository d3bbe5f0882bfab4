import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { roleAtLeast } from "@/lib/auth/schema";
import { resolveDebtModel } from "@/lib/debt/model";
import type { Category } from "@/lib/ingest/schema";
import { loadTeam } from "@/lib/teams/loaders";
import { findTeamSprint, forecastTargetsOfTeam, listEndedSprints, moduleHistory, modulesOfTeam, type HistorySnapshot } from "./data";
import { forecast, forecastChartData, goalFor, seriesAtSprintEnds, type Forecast, type ForecastChartRow } from "./forecast";
import { paydownOf, suggestionsFor } from "./paydown";
import { payoffRollup, scanCutoffs } from "./rollup";
import { FORECAST_METRICS, type ForecastMetric } from "./schema";

// Pages check the membership (loadTeam → requireOrg) before any of these reads.

/** Start of today (UTC): a sprint whose end date is before it has ended. */
function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export const loadPayoffSprint = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const sprint = sprintId.length <= 64 ? await findTeamSprint(org.orgId, team.id, sprintId) : null;
  if (!sprint) notFound();
  return { org, team, sprint, canEdit: roleAtLeast(org.role, "member") };
});

export const loadPayDownNext = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team, sprint, canEdit } = await loadPayoffSprint(orgSlug, teamSlug, sprintId);
  const suggestions = await suggestionsFor(org.orgId, team.projects.map((p) => p.id), sprint);
  return { ...suggestions, canEdit, unit: sprint.unit };
});

export const loadSprintReview = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team, sprint } = await loadPayoffSprint(orgSlug, teamSlug, sprintId);
  return { team, sprint, paydown: await paydownOf(org.orgId, sprint) };
});

export const loadTeamPayoff = cache(async (orgSlug: string, teamSlug: string, lastN: number) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const sprints = await listEndedSprints(org.orgId, team.id, todayUtc(), lastN);
  const diffs = await Promise.all(sprints.map((s) => paydownOf(org.orgId, s)));
  return { team, ...payoffRollup(sprints.map((s, i) => ({ ...s, diff: diffs[i] }))) };
});

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
export const loadForecasts = cache(async (orgSlug: string, teamSlug: string, lastN: number) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const model = resolveDebtModel(org.debtModel);
  const [targets, modules, sprints] = await Promise.all([
    forecastTargetsOfTeam(org.orgId, team.id),
    modulesOfTeam(org.orgId, team.id),
    listEndedSprints(org.orgId, team.id, todayUtc(), lastN),
  ]);
  const ends = sprints.map((s) => ({ name: s.name, endDate: s.endDate, endBefore: scanCutoffs(s).endBefore }));
  const latestCut = ends.length ? new Date(Math.max(...ends.map((e) => e.endBefore.getTime()))) : new Date(0);
  const histories = new Map<string, HistorySnapshot[]>();
  await Promise.all(
    [...new Set(targets.map((t) => t.moduleId))].map(async (id) => histories.set(id, await moduleHistory(org.orgId, id, latestCut))),
  );
  const known = targets.filter((t): t is typeof t & { metric: ForecastMetric } => (FORECAST_METRICS as readonly string[]).includes(t.metric));
  const forecasts: TargetForecast[] = known.map((t) => {
    const metric = t.metric;
    const series = seriesAtSprintEnds(histories.get(t.moduleId) ?? [], ends, metric, t.category, model);
    const goal = goalFor(metric, t.target, model);
    const result = forecast(series, goal);
    return {
      id: t.id,
      moduleId: t.moduleId,
      moduleName: t.module.name,
      projectSlug: t.module.project.slug,
      category: t.category,
      metric,
      target: t.target,
      forecast: result,
      chart: forecastChartData(series, goal, result),
    };
  });
  return { team, modules, forecasts, sprints: sprints.length, canEdit: roleAtLeast(org.role, "member") };
});
