import type { Budget, BudgetStatus, ShareSummary } from "@/lib/sprints/budget";

export const STATUS_TEXT: Record<BudgetStatus, string> = {
  below_target: "Below target",
  on_target: "On target",
  above_target: "Above target",
};

const STATUS_STYLE: Record<BudgetStatus, string> = {
  below_target: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
  on_target: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200",
  above_target: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200",
};

export const pct = (share: number | null) => (share == null ? "–" : `${Math.round(share * 1000) / 10}%`);

export function BudgetStatusBadge({ status }: { status: BudgetStatus | null }) {
  if (!status) return <span className="text-xs text-zinc-500">no estimates</span>;
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[status]}`}>{STATUS_TEXT[status]}</span>;
}

function Bar({ label, s, target, tolerance }: { label: string; s: ShareSummary; target: number; tolerance: number }) {
  const width = Math.min(100, (s.debtShare ?? 0) * 100);
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-xs text-zinc-600 dark:text-zinc-400">
        <span>{label}</span>
        <span className="tabular-nums">
          {pct(s.debtShare)} debt · {s.debt} of {s.total}
          {s.unestimated ? ` · ${s.unestimated} without estimate` : ""}
        </span>
      </div>
      <div className="relative h-3 rounded bg-zinc-100 dark:bg-zinc-800">
        {/* the on-target band, then the share, then the target line */}
        <div
          className="absolute inset-y-0 bg-green-200/60 dark:bg-green-800/40"
          style={{ left: `${Math.max(0, target - tolerance) * 100}%`, width: `${Math.min(1, 2 * tolerance) * 100}%` }}
        />
        <div className="absolute inset-y-0 left-0 rounded bg-orange-500" style={{ width: `${width}%` }} />
        <div className="absolute -inset-y-1 w-0.5 bg-zinc-900 dark:bg-zinc-100" style={{ left: `${target * 100}%` }} />
      </div>
    </div>
  );
}

/** Planned and done debt share against the target, with the ± tolerance band. */
export function BudgetMeter({ budget }: { budget: Budget }) {
  return (
    <div className="space-y-3" data-testid="budget-meter" aria-live="polite">
      <div className="flex flex-wrap items-baseline gap-3 text-sm">
        <span>
          Debt share <strong data-testid="planned-share" className="tabular-nums">{pct(budget.planned.debtShare)}</strong> planned against a target of{" "}
          <strong data-testid="budget-target">{pct(budget.target)}</strong> (±{Math.round(budget.tolerance * 100)} points)
        </span>
        <span data-testid="budget-status">
          <BudgetStatusBadge status={budget.status} />
          {/* Once a sprint has ended its status is judged on done work, which the planned figure beside it would hide. */}
          {budget.basis === "done" ? <span className="ml-2 text-xs text-zinc-500">judged on done work ({pct(budget.done.debtShare)})</span> : null}
        </span>
      </div>
      <Bar label="Planned" s={budget.planned} target={budget.target} tolerance={budget.tolerance} />
      <Bar label="Done" s={budget.done} target={budget.target} tolerance={budget.tolerance} />
      {budget.dropped ? <p className="text-xs text-zinc-500">{budget.dropped} dropped item(s) not counted.</p> : null}
    </div>
  );
}
