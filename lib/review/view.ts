// The review as text tables: the one rendering the page, the Markdown export and the digest
// share, so they cannot disagree. Pure and client-safe.
import { formatMinutes } from "@/lib/debt/model";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import type { BudgetStatus } from "@/lib/sprints/budget";
import { CROSSING_LABEL } from "./crossings";
import { METRIC_INFO } from "./delta";
import type { ChangeRow, ChangeStatus, Review } from "./types";

const MINUS = "−";

export function formatNumber(unit: (typeof METRIC_INFO)[keyof typeof METRIC_INFO]["unit"], v: number): string {
  switch (unit) {
    case "%":
      return `${v.toFixed(1)}%`;
    case "minutes":
      return formatMinutes(v);
    case "yes/no":
      return v ? "yes" : "no";
    default:
      return String(v);
  }
}

/** "—" where the module did not exist, "unknown" where the value is unknown: never 0. */
export function formatSide(r: ChangeRow, side: "previous" | "current"): string {
  if ((side === "previous" && r.status === "added") || (side === "current" && r.status === "removed")) return "—";
  const v = r[side];
  return v == null ? "unknown" : formatNumber(METRIC_INFO[r.metric].unit, v);
}

export function formatChange(r: ChangeRow): string {
  if (r.status === "added") return "new module";
  if (r.status === "removed") return "module removed";
  if (r.change == null) return "unknown";
  if (r.change === 0) return "no change";
  const unit = METRIC_INFO[r.metric].unit;
  if (unit === "yes/no") return r.change > 0 ? "README added" : "README removed";
  const sign = r.change > 0 ? "+" : MINUS;
  const abs = Math.abs(r.change);
  if (unit === "%") return `${sign}${abs.toFixed(1)} pp`;
  return sign + formatNumber(unit, abs);
}

export const STATUS_LABEL: Record<ChangeStatus, string> = {
  worse: "regression",
  better: "improvement",
  unknown: "unknown",
  added: "added",
  removed: "removed",
  unchanged: "unchanged",
};

const BUDGET_STATUS: Record<BudgetStatus, string> = { below_target: "below target", on_target: "on target", above_target: "above target" };
const share = (s: number | null) => (s == null ? "–" : `${(s * 100).toFixed(1)}%`);

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export interface TextTable {
  header: string[];
  rows: string[][];
}

export interface ReviewView {
  title: string;
  /** "9 Nov 2026 – 15 Nov 2026 (UTC)" */
  period: string;
  /** One line per project: which scans were compared. */
  scans: string[];
  changes: TextTable & { status: ChangeStatus[] };
  unchanged: string;
  crossings: TextTable;
  /** "Showing 200 of 350 crossings." or null. */
  crossingsMore: string | null;
  budgets: TextTable;
  hotspots: TextTable;
}

function scanLine(p: Review["projects"][number], team: boolean): string {
  const prefix = team ? `${p.name}: ` : "";
  if (!p.now) return `${prefix}no scan before the end of the week`;
  const now = `${p.now.commitSha.slice(0, 7)} (${formatDate(p.now.scannedAt)})`;
  if (!p.before) return `${prefix}scan ${now}; no scan before the week, so every module is new`;
  if (p.before.commitSha === p.now.commitSha) return `${prefix}no scan this week; values as of ${now}`;
  return `${prefix}scan ${now} compared with ${p.before.commitSha.slice(0, 7)} (${formatDate(p.before.scannedAt)})`;
}

/** The review's content as strings; a team review adds a Project column to each table. */
export function reviewView(review: Review): ReviewView {
  const team = review.scope.kind === "team";
  const names = new Map(review.projects.map((p) => [p.slug, p.name]));
  const withProject = (slug: string, cells: string[]) => (team ? [names.get(slug) ?? slug, ...cells] : cells);
  const head = (cells: string[]) => (team ? ["Project", ...cells] : cells);
  const lastDay = new Date(new Date(review.end).getTime() - 86_400_000).toISOString();
  const total = review.changes.length + review.unchanged;
  return {
    title: `Weekly review: ${review.scope.name}, ${review.week}`,
    period: `${formatDate(review.start)} – ${formatDate(lastDay)} (UTC)`,
    scans: review.projects.map((p) => scanLine(p, team)),
    changes: {
      header: head(["Module", "Category", "Metric", "Previous", "Current", "Change"]),
      rows: review.changes.map((r) =>
        withProject(r.project, [r.module, CATEGORY_LABEL[r.category], METRIC_INFO[r.metric].label, formatSide(r, "previous"), formatSide(r, "current"), formatChange(r)]),
      ),
      status: review.changes.map((r) => r.status),
    },
    unchanged: `${review.unchanged} of ${total} values unchanged.`,
    crossings: {
      header: head(["Crossing", "Module", "Location", "Symbol", "Owners", "Detail"]),
      rows: review.crossings.map((c) =>
        withProject(c.project, [CROSSING_LABEL[c.kind], c.module, c.location, c.symbol ?? "—", c.owners.join(", ") || "—", c.detail]),
      ),
    },
    crossingsMore: review.crossingsTotal > review.crossings.length ? `Showing ${review.crossings.length} of ${review.crossingsTotal} crossings.` : null,
    budgets: {
      header: ["Team", "Sprint", "Dates", "Debt share planned", "Debt share done", "Target", "Status"],
      rows: review.budgets.map((b) => [
        b.team.name,
        b.sprint.name,
        `${formatDate(b.sprint.startDate)} – ${formatDate(b.sprint.endDate)}`,
        `${share(b.budget.planned.debtShare)} (${b.budget.planned.debt} of ${b.budget.planned.total} ${b.sprint.unit})`,
        `${share(b.budget.done.debtShare)} (${b.budget.done.debt} of ${b.budget.done.total} ${b.sprint.unit})`,
        `${share(b.budget.target)} ± ${Math.round(b.budget.tolerance * 100)} points`,
        b.budget.status ? `${BUDGET_STATUS[b.budget.status]} (judged on ${b.budget.basis} work)` : "no estimates",
      ]),
    },
    hotspots: {
      header: head(["Module", "Owners", "Verdict", "Evidence"]),
      rows: review.hotspots.map((h) => withProject(h.project, [h.module, h.owners.join(", ") || "—", h.verdict, h.evidence.join("; ")])),
    },
  };
}
