import type { CsvCell } from "@/lib/csv/write";
import { CATEGORIES } from "@/lib/ingest/schema";
import type { TeamAdherence } from "./adherence";
import type { SeriesPoint } from "./buckets";
import type { Forecast } from "./forecast";
import type { TopModuleRow } from "./modules";
import type { OrgTotal, PortfolioRow } from "./projects";

// The portfolio's tables as CSV rows: one header and one row shape per table. Minutes are
// whole minutes, ratios and shares fractions of 1, dates ISO 8601 (UTC). docs/portfolio.md
// lists every column.

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const round = (v: number | null | undefined, dp: number) => (v == null ? null : Math.round(v * 10 ** dp) / 10 ** dp);
const iso = (d: Date | number | null | undefined) => (d == null ? null : new Date(d).toISOString());
const day = (d: Date | null | undefined) => (d == null ? null : d.toISOString().slice(0, 10));

export const PROJECT_COLUMNS = [
  "project",
  "name",
  "last_scan",
  "lines",
  "debt_minutes",
  "debt_ratio",
  "grade",
  ...CATEGORIES.map((c) => `${c}_minutes`),
  ...CATEGORIES.map((c) => `${c}_share`),
  "compared_with",
  "then_minutes",
  "then_ratio",
  "then_grade",
  "change_minutes",
  "change_ratio",
  "trend",
];

function projectCells(r: PortfolioRow, comparedWith: Date): CsvCell[] {
  const n = r.now;
  return [
    r.slug,
    r.name,
    iso(n?.scannedAt),
    n?.lines,
    n?.minutes,
    round(n?.ratio, 6),
    n?.grade,
    ...CATEGORIES.map((c) => n?.byCategory[c]),
    ...CATEGORIES.map((c) => round(n?.share?.[c], 4)),
    iso(comparedWith),
    r.then?.minutes,
    round(r.then?.ratio, 6),
    r.then?.grade,
    r.change?.minutes,
    round(r.change?.ratio, 6),
    r.trend,
  ];
}

/** One row per project, then the organization's total (empty `project`). */
export function projectsCsv(t: { rows: PortfolioRow[]; total: OrgTotal; comparedWith: Date }): CsvTable {
  return { header: PROJECT_COLUMNS, rows: [...t.rows, t.total].map((r) => projectCells(r, t.comparedWith)) };
}

export const MODULE_COLUMNS = ["rank", "project", "module", "path", "owners", "lines", "debt_minutes", "debt_ratio", "grade", ...CATEGORIES.map((c) => `${c}_minutes`), "org_share", "scanned_at"];

export function modulesCsv(rows: TopModuleRow[]): CsvTable {
  return {
    header: MODULE_COLUMNS,
    rows: rows.map((m) => [
      m.rank,
      m.projectSlug,
      m.name,
      m.path,
      m.owners.join(" "),
      m.lines,
      m.totalDebt,
      round(m.ratio, 6),
      m.grade,
      m.testDebt,
      m.docsDebt,
      m.complexityDebt,
      m.duplicationDebt,
      round(m.orgShare, 4),
      iso(m.scannedAt),
    ]),
  };
}

export const TEAM_COLUMNS = [
  "team",
  "team_name",
  "sprint",
  "start",
  "end",
  "ended",
  "target",
  "planned_debt_share",
  "done_debt_share",
  "basis",
  "status",
  "team_judged_sprints",
  "team_on_target_sprints",
  "team_on_target_share",
];

/** One row per sprint, oldest first within a team; a team without sprints still gets one row. */
export function teamsCsv(teams: TeamAdherence[]): CsvTable {
  const rows = teams.flatMap((t) => {
    const summary = [t.judged, t.onTarget, round(t.onTargetShare, 4)];
    if (!t.sprints.length) return [[t.slug, t.name, null, null, null, null, t.budgetTarget, null, null, null, null, ...summary]];
    return t.sprints.map((s) => [
      t.slug,
      t.name,
      s.name,
      day(s.startDate),
      day(s.endDate),
      s.ended,
      s.target,
      round(s.plannedShare, 4),
      round(s.doneShare, 4),
      s.basis,
      s.status,
      ...summary,
    ]);
  });
  return { header: TEAM_COLUMNS, rows };
}

export const SERIES_COLUMNS = ["bucket", "start", "end", "kind", "projects", "lines", ...CATEGORIES.map((c) => `${c}_minutes`), "debt_minutes", "debt_ratio", "grade", "forecast_minutes"];

/** One row per bucket; the forecast's future buckets follow as kind "forecast". */
export function seriesCsv(t: { series: SeriesPoint[]; forecast: Forecast }): CsvTable {
  const fitted = new Map(t.forecast.status === "ok" ? t.forecast.line.map((p) => [p.key, Math.round(p.value)]) : []);
  const actual = t.series.map((p) => [
    p.key,
    iso(p.start),
    iso(p.end),
    "actual",
    p.projects,
    p.lines,
    ...CATEGORIES.map((c) => p.byCategory?.[c]),
    p.minutes,
    round(p.ratio, 6),
    p.grade,
    fitted.get(p.key),
  ]);
  const future = t.forecast.status === "ok" ? t.forecast.line.filter((p) => p.future) : [];
  return {
    header: SERIES_COLUMNS,
    rows: [...actual, ...future.map((p) => [p.key, iso(p.start), iso(p.end), "forecast", null, null, null, null, null, null, null, null, null, Math.round(p.value)])],
  };
}
