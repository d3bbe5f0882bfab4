"use client";

import { useOptimistic, useState, useTransition } from "react";
import { Card } from "@/components/card";
import type { ActionState } from "@/lib/auth/action-state";
import { computeBudget } from "@/lib/sprints/budget";
import { addItemAction, deleteItemAction, updateItemProgressAction } from "@/lib/sprints/actions";
import { itemFromForm, workItemInputSchema } from "@/lib/sprints/schema";
import { BudgetMeter } from "./budget-meter";
import { ItemForm } from "./item-form";
import { ItemsTable } from "./items-table";
import { applyPlanOp, type PlanRow } from "./plan-row";

function formRecord(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
}

/**
 * The planning page's live part: the budget meter is computed here from the optimistic item
 * list, so it moves the moment an item is added or edited, before the server answers.
 */
export function PlanningBoard({
  rows,
  hidden,
  target,
  ended,
  capacity,
  unit,
  canWrite,
  moduleNames,
}: {
  rows: PlanRow[];
  hidden: { org: string; team: string; sprint: string };
  target: number;
  ended: boolean;
  capacity: number | null;
  unit: string;
  canWrite: boolean;
  moduleNames: string[];
}) {
  const [optimistic, apply] = useOptimistic(rows, applyPlanOp);
  const [rowError, setRowError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const budget = computeBudget(optimistic, { target, ended });

  async function add(form: FormData): Promise<ActionState> {
    const parsed = workItemInputSchema.safeParse(itemFromForm(formRecord(form)));
    if (parsed.success) apply({ kind: "add", row: { id: `pending-${Date.now()}`, ...parsed.data, pending: true } });
    return addItemAction(null, form);
  }
  const progress = (form: FormData) =>
    startTransition(async () => {
      const est = String(form.get("estimate") ?? "").trim();
      const estimate = est === "" ? null : Number(est.replace(",", "."));
      if (Number.isFinite(estimate ?? 0)) apply({ kind: "progress", id: String(form.get("itemId")), status: form.get("status") as PlanRow["status"], estimate });
      const res = await updateItemProgressAction(null, form);
      setRowError(res && !res.ok ? (res.fieldErrors?.estimate ? `Estimate: ${res.fieldErrors.estimate}` : res.message) : null);
    });
  const remove = (form: FormData) =>
    startTransition(async () => {
      apply({ kind: "delete", id: String(form.get("itemId")) });
      const res = await deleteItemAction(null, form);
      setRowError(res && !res.ok ? res.message : null);
    });

  const plannedTotal = budget.planned.total;
  return (
    <div className="space-y-4">
      <Card title="Debt budget">
        <BudgetMeter budget={budget} />
        <p className="mt-3 text-sm" data-testid="capacity">
          Planned <strong className="tabular-nums">{plannedTotal}</strong>
          {capacity != null ? (
            <>
              {" "}
              of a capacity of <strong className="tabular-nums">{capacity}</strong> {unit}
              {plannedTotal > capacity ? <span className="ml-2 text-red-700 dark:text-red-400">over capacity by {plannedTotal - capacity}</span> : null}
            </>
          ) : (
            ` ${unit} (no capacity set)`
          )}
        </p>
      </Card>
      <Card title={`Items (${optimistic.length})`}>
        {rowError ? (
          <p role="alert" className="mb-2 text-sm text-red-600 dark:text-red-400">
            {rowError}
          </p>
        ) : null}
        <ItemsTable rows={optimistic} hidden={hidden} canWrite={canWrite} onProgress={progress} onDelete={remove} />
      </Card>
      {canWrite ? (
        <Card title="Add an item">
          <ItemForm hidden={hidden} submit={add} moduleNames={moduleNames} />
        </Card>
      ) : null}
    </div>
  );
}
