import { byName } from "./projects";
import { computeBudget, sprintEnded, type BudgetItem, type BudgetStatus } from "@/lib/sprints/budget";

// Budget adherence per team over its last N sprints (by start date, started ones only), with
// the budget maths of lib/sprints/budget.ts: each sprint is judged on done work once it has
// ended, else on its plan; sprints with nothing estimated cannot be judged and are left out of
// the share on target.

export interface SprintInput {
  name: string;
  startDate: Date;
  endDate: Date;
  budgetTarget: number;
  items: BudgetItem[];
}

export interface TeamInput {
  slug: string;
  name: string;
  budgetTarget: number;
  /** Any order; the newest `n` that have started are used. */
  sprints: SprintInput[];
}

export interface SprintAdherence {
  name: string;
  startDate: Date;
  endDate: Date;
  ended: boolean;
  target: number;
  plannedShare: number | null;
  doneShare: number | null;
  basis: "planned" | "done";
  status: BudgetStatus | null;
}

export interface TeamAdherence {
  slug: string;
  name: string;
  budgetTarget: number;
  /** Oldest first. */
  sprints: SprintAdherence[];
  judged: number;
  onTarget: number;
  /** onTarget / judged; null when no sprint could be judged. */
  onTargetShare: number | null;
  /** Mean of the sprints' judged debt shares (done share for ended sprints, planned otherwise). */
  meanShare: number | null;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, v) => a + v, 0) / values.length : null;
}

export function sprintAdherence(s: SprintInput, now: Date): SprintAdherence {
  const ended = sprintEnded(s.endDate, now);
  const b = computeBudget(s.items, { target: s.budgetTarget, ended });
  return {
    name: s.name,
    startDate: s.startDate,
    endDate: s.endDate,
    ended,
    target: s.budgetTarget,
    plannedShare: b.planned.debtShare,
    doneShare: b.done.debtShare,
    basis: b.basis,
    status: b.status,
  };
}

/** A sprint has started once its (inclusive, calendar-day) start date has begun, in UTC. */
function started(s: SprintInput, now: Date): boolean {
  return Date.UTC(s.startDate.getUTCFullYear(), s.startDate.getUTCMonth(), s.startDate.getUTCDate()) <= now.getTime();
}

export function teamAdherence(team: TeamInput, lastN: number, now: Date): TeamAdherence {
  const sprints = team.sprints
    .filter((s) => started(s, now))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || (a.name < b.name ? -1 : 1))
    .slice(0, lastN)
    .reverse()
    .map((s) => sprintAdherence(s, now));
  const judged = sprints.filter((s) => s.status != null);
  const onTarget = judged.filter((s) => s.status === "on_target").length;
  const shares = judged.map((s) => (s.basis === "done" ? s.doneShare : s.plannedShare)).filter((v): v is number => v != null);
  return {
    slug: team.slug,
    name: team.name,
    budgetTarget: team.budgetTarget,
    sprints,
    judged: judged.length,
    onTarget,
    onTargetShare: judged.length ? onTarget / judged.length : null,
    meanShare: mean(shares),
  };
}

export function teamsAdherence(teams: TeamInput[], lastN: number, now: Date): TeamAdherence[] {
  return teams.map((t) => teamAdherence(t, lastN, now)).sort(byName);
}
