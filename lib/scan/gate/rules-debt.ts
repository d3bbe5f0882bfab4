import type { GateBaseline, GateItem, GateRuleResult, ScanDocument } from "../../ingest/schema";
import { item, plansFor, ruleResult, skipped, type GateInput } from "./context";

type Priced = { kind: string; value: number; threshold: number | null };
type Rules = GateBaseline["debtModel"]["rules"];

/** The dashboard's price of one finding (lib/debt/model.ts remediationMinutes, same formula). */
export function priceFinding(f: Priced, rules: Rules): number {
  const rule = rules[f.kind];
  const threshold = f.threshold ?? 0;
  if (!rule || !(f.value > threshold)) return 0;
  return Math.round(rule.base + rule.step * (f.value - threshold));
}

const COVERAGE_KINDS = new Set(["uncovered-file"]);
const TEST_RESULT_KINDS = new Set(["failing-test", "flaky-test", "slow-test"]);

export interface ModuleDebt {
  module: string;
  before: number;
  after: number;
  delta: number;
}

/**
 * Debt minutes per module before and after, both priced with today's model so a changed model
 * is not mistaken for new debt. Test findings are compared only where both sides had the report
 * they come from: a CI job without coverage must not look like paid-down test debt, nor the
 * first job with coverage like new debt.
 */
export function moduleDebtDeltas(baseline: GateBaseline, current: ScanDocument): ModuleDebt[] {
  const rules = baseline.debtModel.rules;
  const before = new Map(baseline.modules.map((m) => [m.name, m]));
  const names = new Set([...baseline.modules.map((m) => m.name), ...current.modules.map((m) => m.name)]);
  const nowByName = new Map(current.modules.map((m) => [m.name, m]));
  const out: ModuleDebt[] = [];
  for (const name of [...names].sort()) {
    const was = before.get(name);
    const now = nowByName.get(name);
    const coverageBoth = Boolean(was?.coverage && now?.test.coverage) || !was || !now;
    const resultsBoth = Boolean(was?.testResults && now?.test.results) || !was || !now;
    const counts = (kind: string) => (!COVERAGE_KINDS.has(kind) || coverageBoth) && (!TEST_RESULT_KINDS.has(kind) || resultsBoth);
    const sum = (fs: Priced[]) => fs.filter((f) => counts(f.kind)).reduce((acc, f) => acc + priceFinding(f, rules), 0);
    const b = was ? sum(was.findings) : 0;
    const a = now ? sum(now.findings) : 0;
    out.push({ module: name, before: b, after: a, delta: a - b });
  }
  return out;
}

function howToPlan(baseline: GateBaseline, module: string): string {
  const running = baseline.teams.filter((t) => t.sprint);
  const body = `{"items":[{"title":"Pay down ${module}","type":"debt","modules":["${module}"]}]}`;
  if (running.length === 0) {
    const teams = baseline.teams.length ? `team(s) ${baseline.teams.map((t) => t.name).join(", ")} have` : "no team works on this project, so none has";
    return `${teams} a sprint running today: create one in Paydown, then add a debt work item for module ${module}`;
  }
  const where = running
    .map((t) => `"${t.sprint!.name}" of team ${t.name} (${t.sprint!.url ? `${t.sprint!.url}, or ` : ""}POST /api/v1/sprints/${t.sprint!.id}/items ${body})`)
    .join(" or ");
  return `add a debt work item for module ${module} to the current sprint ${where}`;
}

const minutes = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`);

/**
 * A module whose debt minutes rise passes only when a debt work item of a current sprint of a
 * team working on the project names that module: the explicit plan to repay it.
 */
export function debtPlan(input: GateInput): { result: GateRuleResult; modules: Array<{ module: string; delta: number; plannedBy: string[] }> } {
  const { severity, allowanceMinutes } = input.config.debtPlan;
  const deltas = moduleDebtDeltas(input.baseline, input.current);
  const modules = deltas
    .filter((d) => d.delta !== 0)
    .map((d) => ({ module: d.module, delta: d.delta, plannedBy: d.delta > 0 ? plansFor(input.baseline, d.module).slice(0, 50) : [] }));
  if (severity === "off") return { result: skipped("debt-plan", "rule turned off in paydown.config.json"), modules };
  const items: GateItem[] = [];
  for (const d of modules) {
    if (d.delta <= allowanceMinutes) continue;
    if (d.plannedBy.length) {
      items.push(item("info", d.module, null, null, `module ${d.module} adds ${minutes(d.delta)} of debt, planned by ${d.plannedBy.join("; ")}`));
    } else {
      items.push(item("fail", d.module, null, null, `module ${d.module} adds ${minutes(d.delta)} of debt with no plan: ${howToPlan(input.baseline, d.module)}`));
    }
  }
  const total = deltas.reduce((acc, d) => acc + d.delta, 0);
  const unplanned = items.filter((i) => i.severity === "fail").length;
  const summary = total > 0 ? `the change adds ${minutes(total)} of debt${unplanned ? `; ${unplanned} module(s) without a plan` : ""}` : total < 0 ? `the change pays down ${minutes(-total)} of debt` : "the change adds no debt";
  return { result: ruleResult("debt-plan", severity, items, summary), modules };
}
