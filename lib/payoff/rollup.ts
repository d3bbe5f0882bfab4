import { computeBudget, type BudgetItem } from "@/lib/sprints/budget";
import type { PaydownDiff } from "./paydown-diff";

const DAY = 86_400_000;

/** Start of a calendar day (stored as a UTC date) plus n days. */
function dayPlus(date: Date, n: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + n * DAY);
}

/**
 * Which scans a sprint compares: the latest at or before its start date (any time that day),
 * and the latest at or before the day after its end date, so a scan run the morning after the
 * last day still counts as the end-of-sprint scan. Both bounds are exclusive instants.
 */
export function scanCutoffs(sprint: { startDate: Date; endDate: Date }): { startBefore: Date; endBefore: Date } {
  return { startBefore: dayPlus(sprint.startDate, 1), endBefore: dayPlus(sprint.endDate, 2) };
}

export interface RollupSprint {
  id: string;
  name: string;
  endDate: Date;
  unit: "points" | "hours";
  items: BudgetItem[];
  diff: PaydownDiff;
}

export interface RollupRow {
  id: string;
  name: string;
  endDate: Date;
  unit: "points" | "hours";
  /** Estimates of done debt items, in the sprint's unit. */
  spent: number;
  paid: number | null;
  added: number | null;
  net: number | null;
  /** Debt minutes removed (paid) per point or hour of done debt work; null when not comparable or nothing spent. */
  paidPerUnit: number | null;
}

/** One row per sprint (oldest first) and the overall rate per unit across the comparable ones. */
export function payoffRollup(sprints: RollupSprint[]): { rows: RollupRow[]; overall: Array<{ unit: "points" | "hours"; paid: number; spent: number; paidPerUnit: number | null }> } {
  const rows = [...sprints]
    .sort((a, b) => a.endDate.getTime() - b.endDate.getTime())
    .map((s): RollupRow => {
      const spent = computeBudget(s.items, { target: 0, ended: true }).done.debt;
      const compared = s.diff.state === "compared";
      return {
        id: s.id,
        name: s.name,
        endDate: s.endDate,
        unit: s.unit,
        spent,
        paid: compared ? s.diff.paidTotal : null,
        added: compared ? s.diff.addedTotal : null,
        net: compared ? s.diff.net : null,
        paidPerUnit: compared && spent > 0 ? s.diff.paidTotal / spent : null,
      };
    });
  const totals = new Map<"points" | "hours", { paid: number; spent: number }>();
  for (const r of rows) {
    if (r.paid == null) continue;
    const t = totals.get(r.unit) ?? { paid: 0, spent: 0 };
    t.paid += r.paid;
    t.spent += r.spent;
    totals.set(r.unit, t);
  }
  const overall = [...totals].map(([unit, t]) => ({ unit, ...t, paidPerUnit: t.spent > 0 ? t.paid / t.spent : null }));
  return { rows, overall };
}

export interface RollupChartRow {
  name: string;
  paid: number;
  added: number;
  paidPerUnit: number | null;
}

/** The plain array the team's payoff chart draws: compared sprints only, in hours of debt. */
export function rollupChartData(rows: RollupRow[]): RollupChartRow[] {
  return rows
    .filter((r) => r.paid != null)
    .map((r) => ({
      name: r.name,
      paid: Math.round(((r.paid ?? 0) / 60) * 10) / 10,
      added: Math.round(((r.added ?? 0) / 60) * 10) / 10,
      paidPerUnit: r.paidPerUnit == null ? null : Math.round(r.paidPerUnit),
    }));
}
