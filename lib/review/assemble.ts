// Turns what data.ts read into a Review: per project sections, merged for a team. Pure.
import { coverageCrossings, CROSSINGS_LIMIT, newFindingCrossings, sortCrossings, type FindingRef } from "./crossings";
import { changeTable, compareModules } from "./delta";
import { hotspots } from "./hotspots";
import type { ChangeRow, Crossing, Hotspot, ModuleState, Review, ReviewProject, ScanRef, SprintBudgetStatus } from "./types";
import { formatWeek, shiftWeek, weekBounds, type IsoWeek } from "./week";

export interface ScanState {
  scan: ScanRef;
  modules: ModuleState[];
}

export interface ProjectInputs {
  project: { slug: string; name: string; coverageMinimum: number };
  /** The latest scan before the week's end, and before its start. */
  now: ScanState | null;
  before: ScanState | null;
  /** Findings of the crossing kinds in the `now` scan, and the fingerprints of the `before` scan's. */
  nowFindings: FindingRef[];
  beforeFingerprints: string[];
}

export interface ProjectSections {
  project: ReviewProject;
  rows: ChangeRow[];
  crossings: Crossing[];
  hotspots: Hotspot[];
}

export function projectSections(i: ProjectInputs): ProjectSections {
  const { slug, coverageMinimum } = i.project;
  const nowModules = i.now?.modules ?? null;
  const owners = new Map((nowModules ?? []).map((m) => [m.name, m.owners]));
  const sameScan = i.now != null && i.before != null && i.now.scan.commitSha === i.before.scan.commitSha;
  return {
    project: { ...i.project, now: i.now?.scan ?? null, before: i.before?.scan ?? null },
    rows: compareModules(slug, i.before?.modules ?? null, nowModules),
    crossings:
      nowModules == null || sameScan
        ? []
        : [
            ...newFindingCrossings(slug, i.beforeFingerprints, i.nowFindings, owners),
            ...coverageCrossings(slug, i.before?.modules ?? null, nowModules, coverageMinimum),
          ],
    hotspots: nowModules == null ? [] : hotspots(slug, nowModules, coverageMinimum),
  };
}

export function assembleReview(
  scope: Review["scope"],
  week: IsoWeek,
  now: Date,
  sections: ProjectSections[],
  budgets: SprintBudgetStatus[],
): Review {
  const { start, end } = weekBounds(week);
  const next = shiftWeek(week, 1);
  const { changes, unchanged } = changeTable(sections.flatMap((s) => s.rows));
  const crossings = sortCrossings(sections.flatMap((s) => s.crossings));
  return {
    scope,
    week: formatWeek(week),
    start: start.toISOString(),
    end: end.toISOString(),
    previousWeek: formatWeek(shiftWeek(week, -1)),
    nextWeek: weekBounds(next).start.getTime() <= now.getTime() ? formatWeek(next) : null,
    projects: sections.map((s) => s.project),
    changes,
    unchanged,
    crossings: crossings.slice(0, CROSSINGS_LIMIT),
    crossingsTotal: crossings.length,
    budgets,
    hotspots: sections.flatMap((s) => s.hotspots),
  };
}
