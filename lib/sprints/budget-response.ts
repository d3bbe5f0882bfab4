import { computeBudget, sprintEnded, type BudgetItem } from "./budget";
import { toIsoDay } from "./schema";

export interface BudgetSprint {
  id: string;
  name: string;
  startDate: Date;
  endDate: Date;
  capacity: number | null;
  unit: "points" | "hours";
  budgetTarget: number;
  team: { slug: string };
  items: BudgetItem[];
}

/** The body of GET /api/v1/sprints/{id}/budget (shares as fractions of 1). */
export function budgetResponse(s: BudgetSprint, now: Date = new Date()) {
  const ended = sprintEnded(s.endDate, now);
  const b = computeBudget(s.items, { target: s.budgetTarget, ended });
  return {
    sprint: { id: s.id, name: s.name, team: s.team.slug, startDate: toIsoDay(s.startDate), endDate: toIsoDay(s.endDate), ended },
    capacity: s.capacity,
    unit: s.unit,
    target: b.target,
    tolerance: b.tolerance,
    planned: b.planned,
    done: b.done,
    dropped: b.dropped,
    basis: b.basis,
    status: b.status,
    plannedStatus: b.plannedStatus,
    doneStatus: b.doneStatus,
  };
}

/** The body of POST /api/v1/sprints. */
export function sprintResponse(s: Omit<BudgetSprint, "items">, created: boolean) {
  return {
    id: s.id,
    name: s.name,
    team: s.team.slug,
    startDate: toIsoDay(s.startDate),
    endDate: toIsoDay(s.endDate),
    capacity: s.capacity,
    unit: s.unit,
    budgetTarget: s.budgetTarget,
    created,
  };
}
