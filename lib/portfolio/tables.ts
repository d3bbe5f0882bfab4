import "server-only";
import { rangeStart } from "@/lib/debt/range";
import type { DebtModel } from "@/lib/debt/schema";
import { teamsAdherence, type TeamAdherence } from "./adherence";
import { bucketedSeries, bucketsBetween, type SeriesPoint } from "./buckets";
import { bucketScans, listPortfolioProjects, scansAsOf, teamsWithSprints, topModuleSnapshots, type PortfolioProject, type ScanRow } from "./data";
import { forecastSeries, type Forecast } from "./forecast";
import { topModules, type TopModuleRow } from "./modules";
import { orgTotal, projectRows, type OrgTotal, type PortfolioRow } from "./projects";
import { TOP_MODULES, type PortfolioFilters } from "./schema";

// The portfolio's tables, built from the queries in data.ts and the pure shaping beside them.
// The page (through loaders.ts, after the membership check) and the CSV export both call these,
// so a download holds exactly what the page shows.

const WEEK = 7 * 86_400_000;

export interface Scope {
  orgId: string;
  model: DebtModel;
  filters: PortfolioFilters;
  now: Date;
  projects: PortfolioProject[];
  /** Each project's newest scan now; shared by the project table and the top modules. */
  latest: ScanRow[];
}

export async function portfolioScope(orgId: string, model: DebtModel, filters: PortfolioFilters, now: Date): Promise<Scope> {
  const projects = await listPortfolioProjects(orgId, { slugs: filters.project, team: filters.team });
  const latest = await scansAsOf(orgId, projects.map((p) => p.id), now);
  return { orgId, model, filters, now, projects, latest };
}

export interface ProjectsTable {
  rows: PortfolioRow[];
  total: OrgTotal;
  /** The date the trend compares with. */
  comparedWith: Date;
}

export async function projectsTable(scope: Scope): Promise<ProjectsTable> {
  const comparedWith = new Date(scope.now.getTime() - scope.filters.vs * WEEK);
  const then = await scansAsOf(scope.orgId, scope.projects.map((p) => p.id), comparedWith);
  const latestOf = new Map(scope.latest.map((s) => [s.projectId, s]));
  const thenOf = new Map(then.map((s) => [s.projectId, s]));
  const inputs = scope.projects.map((p) => ({ slug: p.slug, name: p.name, latest: latestOf.get(p.id) ?? null, then: thenOf.get(p.id) ?? null }));
  return { rows: projectRows(inputs, scope.model), total: orgTotal(inputs, scope.model), comparedWith };
}

export interface SeriesTable {
  series: SeriesPoint[];
  forecast: Forecast;
}

export async function seriesTable(scope: Scope): Promise<SeriesTable> {
  const { filters, now } = scope;
  const since = rangeStart(filters.range, now);
  const scans = await bucketScans(scope.orgId, scope.projects.map((p) => p.id), filters.bucket, since, now);
  const first = since ?? scans.reduce<Date | null>((a, s) => (a == null || s.scannedAt < a ? s.scannedAt : a), null);
  const buckets = first ? bucketsBetween(filters.bucket, first, now) : [];
  const series = bucketedSeries(scans, buckets, scope.model, now);
  return { series, forecast: forecastSeries(series, filters.bucket) };
}

export async function modulesTable(scope: Scope): Promise<TopModuleRow[]> {
  const rows = await topModuleSnapshots(scope.orgId, scope.latest.map((s) => s.id), TOP_MODULES);
  const orgMinutes = scope.latest.reduce((a, s) => a + s.totalDebt, 0);
  return topModules(rows, orgMinutes, scope.model, TOP_MODULES);
}

export async function teamsTable(scope: Scope): Promise<TeamAdherence[]> {
  const { filters, now } = scope;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // With a project filter, the teams working on those projects; otherwise every team (or the chosen one).
  const projectIds = filters.project.length ? scope.projects.map((p) => p.id) : null;
  const teams = await teamsWithSprints(scope.orgId, { team: filters.team, projectIds }, filters.sprints, today);
  return teamsAdherence(teams, filters.sprints, now);
}
