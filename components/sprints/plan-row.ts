import type { WorkItemInput } from "@/lib/sprints/schema";

/** One work item as the planning page's client components see it. */
export interface PlanRow {
  id: string;
  title: string;
  externalKey: string | null;
  url: string | null;
  estimate: number | null;
  type: WorkItemInput["type"];
  category: WorkItemInput["category"];
  status: WorkItemInput["status"];
  modules: string[];
  /** Shown before the server has confirmed it. */
  pending?: boolean;
}

export type PlanOp =
  | { kind: "add"; row: PlanRow }
  | { kind: "progress"; id: string; status: PlanRow["status"]; estimate: number | null }
  | { kind: "delete"; id: string };

/** The optimistic view of the item list while an action is on its way. */
export function applyPlanOp(rows: PlanRow[], op: PlanOp): PlanRow[] {
  switch (op.kind) {
    case "add": {
      const same = op.row.externalKey ? rows.findIndex((r) => r.externalKey === op.row.externalKey) : -1;
      return same >= 0 ? rows.map((r, i) => (i === same ? { ...op.row, id: r.id } : r)) : [...rows, op.row];
    }
    case "progress":
      return rows.map((r) => (r.id === op.id ? { ...r, status: op.status, estimate: op.estimate, pending: true } : r));
    case "delete":
      return rows.filter((r) => r.id !== op.id);
  }
}
