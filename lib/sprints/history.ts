import { computeBudget, sprintEnded, type BudgetItem } from "./budget";

// Debt share per sprint against the target, for the team page's history chart.

export const HISTORY_SIZES = ["3", "6", "12", "24"] as const;
export type HistorySize = (typeof HISTORY_SIZES)[number];

export interface HistorySprint {
  id: string;
  name: string;
  startDate: Date;
  endDate: Date;
  budgetTarget: number;
  items: BudgetItem[];
}

export interface HistoryPoint {
  id: string;
  name: string;
  /** Percentages (0–100) so the chart's axis reads directly; null when nothing carries an estimate. */
  planned: number | null;
  done: number | null;
  target: number;
  /** Debt done minus what the target asked of the done work, in estimate units (negative: short of the budget). */
  gap: number | null;
  /** Running sum of `gap` from the first shown sprint. */
  cumulativeGap: number;
  ended: boolean;
}

const percent = (share: number | null) => (share == null ? null : Math.round(share * 1000) / 10);

/**
 * The last `n` sprints that have started, oldest first. The gap counts only ended sprints
 * (work still running would read as a shortfall), on their done work.
 */
export function sprintHistory(sprints: HistorySprint[], n: number, now: Date = new Date()) {
  const shown = sprints
    .filter((s) => s.startDate.getTime() <= now.getTime())
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime())
    .slice(-n);
  let running = 0;
  const points: HistoryPoint[] = shown.map((s) => {
    const ended = sprintEnded(s.endDate, now);
    const b = computeBudget(s.items, { target: s.budgetTarget, ended });
    const gap = ended && b.done.total > 0 ? b.done.debt - s.budgetTarget * b.done.total : null;
    running += gap ?? 0;
    return {
      id: s.id,
      name: s.name,
      planned: percent(b.planned.debtShare),
      done: percent(b.done.debtShare),
      target: percent(s.budgetTarget)!,
      gap: gap == null ? null : Math.round(gap * 10) / 10,
      cumulativeGap: Math.round(running * 10) / 10,
      ended,
    };
  });
  return { points, cumulativeGap: Math.round(running * 10) / 10, counted: points.filter((p) => p.gap != null).length };
}
