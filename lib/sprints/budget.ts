// Sprint debt-budget maths: pure, shared by the sprint pages, the API, the weekly review,
// the portfolio and the CI gate.

export type ItemType = "feature" | "debt" | "bug" | "other";
export type ItemStatus = "planned" | "in_progress" | "done" | "dropped";
export type BudgetStatus = "below_target" | "on_target" | "above_target";

export interface BudgetItem {
  estimate: number | null;
  type: ItemType;
  status: ItemStatus;
}

export interface ShareSummary {
  /** Sum of estimates of the counted items. */
  total: number;
  /** Sum of estimates of the counted debt items. */
  debt: number;
  /** debt / total as a fraction of 1; null when nothing counted carries an estimate. */
  debtShare: number | null;
  items: number;
  /** Counted items without an estimate: they cannot weigh in the share, so they are listed. */
  unestimated: number;
}

export interface Budget {
  target: number;
  tolerance: number;
  planned: ShareSummary;
  done: ShareSummary;
  dropped: number;
  /** Judged on done work once the sprint has ended and something is done, else on the plan. */
  basis: "planned" | "done";
  status: BudgetStatus | null;
  plannedStatus: BudgetStatus | null;
  doneStatus: BudgetStatus | null;
}

/** ± points (fraction of 1) around the target that still count as on target. */
export const DEFAULT_TOLERANCE = 0.05;
export const DEFAULT_BUDGET_TARGET = 0.2;

function share(items: BudgetItem[]): ShareSummary {
  let total = 0;
  let debt = 0;
  let unestimated = 0;
  for (const it of items) {
    if (it.estimate == null || !Number.isFinite(it.estimate)) {
      unestimated++;
      continue;
    }
    total += it.estimate;
    if (it.type === "debt") debt += it.estimate;
  }
  return { total, debt, debtShare: total > 0 ? debt / total : null, items: items.length, unestimated };
}

export function statusOf(debtShare: number | null, target: number, tolerance = DEFAULT_TOLERANCE): BudgetStatus | null {
  if (debtShare == null) return null;
  // Rounded so 0.15 with a 0.2 target and 0.05 tolerance is on target despite floating point.
  const gap = Math.round((debtShare - target) * 1e9) / 1e9;
  if (gap < -tolerance) return "below_target";
  if (gap > tolerance) return "above_target";
  return "on_target";
}

/** Planned share counts every item not dropped; done share counts done items only. */
export function computeBudget(
  items: BudgetItem[],
  opts: { target: number; ended: boolean; tolerance?: number },
): Budget {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  const live = items.filter((i) => i.status !== "dropped");
  const planned = share(live);
  const done = share(live.filter((i) => i.status === "done"));
  const plannedStatus = statusOf(planned.debtShare, opts.target, tolerance);
  const doneStatus = statusOf(done.debtShare, opts.target, tolerance);
  const basis = opts.ended && done.debtShare != null ? "done" : "planned";
  return {
    target: opts.target,
    tolerance,
    planned,
    done,
    dropped: items.length - live.length,
    basis,
    status: basis === "done" ? doneStatus : plannedStatus,
    plannedStatus,
    doneStatus,
  };
}

/** A sprint has ended once the day after its (inclusive) end date has begun, in UTC. */
export function sprintEnded(endDate: Date, now: Date = new Date()): boolean {
  const end = Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth(), endDate.getUTCDate());
  return now.getTime() >= end + 86_400_000;
}
