import { CATEGORIES, type Category } from "@/lib/ingest/schema";
import type { TeamAdherence } from "./adherence";
import type { OrgTotal, PortfolioRow } from "./projects";

// Plain arrays for the portfolio's client charts.

export type MixChartPoint = { name: string; minutes: number } & Record<Category, number>;

/**
 * The category mix as percentages of each project's debt (so small and large projects compare),
 * the organization first; projects without a scan or without debt have no mix and are left out.
 */
export function categoryMixChartData(rows: PortfolioRow[], total: OrgTotal): MixChartPoint[] {
  return [total, ...rows].flatMap((r) => {
    const share = r.now?.share;
    if (!r.now || !share) return [];
    const pct = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(share[c] * 1000) / 10])) as Record<Category, number>;
    return [{ name: r.name, minutes: r.now.minutes, ...pct }];
  });
}

export interface AdherenceChartPoint {
  name: string;
  /** Percentage of judged sprints on target; null when none could be judged. */
  onTarget: number | null;
  /** Mean judged debt share, in percent. */
  meanShare: number | null;
  target: number;
}

const pct = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 10);

export function adherenceChartData(teams: TeamAdherence[]): AdherenceChartPoint[] {
  return teams.map((t) => ({ name: t.name, onTarget: pct(t.onTargetShare), meanShare: pct(t.meanShare), target: pct(t.budgetTarget)! }));
}
