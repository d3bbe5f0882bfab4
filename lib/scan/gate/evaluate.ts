import type { GateReport } from "../../ingest/schema";
import type { GateInput } from "./context";
import { changedLinesCoverage, moduleCoverageDrop } from "./rules-coverage";
import { debtPlan } from "./rules-debt";
import { clones, complexity, undocumentedApi } from "./rules-findings";

export interface GateOutcome {
  report: GateReport;
  passed: boolean;
  /** Debt minutes the change adds over all modules (negative: paid down). */
  debtDelta: number;
}

/** Runs every rule; the change passes when no rule fails. */
export function evaluateGate(input: GateInput): GateOutcome {
  const debt = debtPlan(input);
  const rules = [changedLinesCoverage(input), moduleCoverageDrop(input), complexity(input), clones(input), undocumentedApi(input), debt.result];
  const passed = rules.every((r) => r.status !== "fail");
  const debtDelta = debt.modules.reduce((acc, m) => acc + m.delta, 0);
  return { report: { rules, modules: debt.modules }, passed, debtDelta };
}
