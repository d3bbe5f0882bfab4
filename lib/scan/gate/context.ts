import type { BaselineFinding, GateBaseline, GateItem, GatePlan, GateRule, GateRuleResult, ModuleReport, ScanDocument } from "../../ingest/schema";
import type { GateConfig, RuleSeverity } from "./gate-config";

/** Executable lines of one file and which of them ran, from the coverage reports. */
export interface LineCoverage {
  executable: Set<number>;
  covered: Set<number>;
}

/** Everything a rule may look at; rules are pure functions of it. */
export interface GateInput {
  baseline: GateBaseline;
  current: ScanDocument;
  /** Current path -> lines the change added. */
  changed: Map<string, Set<number>>;
  /** Current path -> path at the merge base (renames and copies). */
  previous: Map<string, string>;
  /** Changed source files the scanner analyses (coverage is judged on these only). */
  sourceFiles: string[];
  /** Null when no coverage report was given. */
  coverage: Map<string, LineCoverage> | null;
  config: GateConfig;
}

export type CurrentFinding = ModuleReport["findings"][number] & { module: string };
export type BaseFinding = BaselineFinding & { module: string };

export function currentFindings(doc: ScanDocument, kind: string): CurrentFinding[] {
  return doc.modules.flatMap((m) => m.findings.filter((f) => f.kind === kind).map((f) => ({ ...f, module: m.name })));
}

export function baselineFindings(baseline: GateBaseline, kind: string): BaseFinding[] {
  return baseline.modules.flatMap((m) => m.findings.filter((f) => f.kind === kind).map((f) => ({ ...f, module: m.name })));
}

/** Whether any line of start..end was added by the change in `file`. */
export function touches(changed: Map<string, Set<number>>, file: string | null, start: number | null, end: number | null): boolean {
  if (!file || start == null) return false;
  const lines = changed.get(file);
  if (!lines) return false;
  const last = Math.max(end ?? start, start);
  if (last - start + 1 > lines.size) {
    for (const l of lines) if (l >= start && l <= last) return true;
    return false;
  }
  for (let l = start; l <= last; l++) if (lines.has(l)) return true;
  return false;
}

/**
 * Identity of a finding that survives renames: its path at the merge base, its symbol and its
 * repeat number ("#2" of two same-named functions in a file, as the fingerprint numbers them).
 */
export function identity(f: { file: string | null; symbol: string | null; fingerprint: string | null }, previous?: Map<string, string>): string {
  const file = f.file ? (previous?.get(f.file) ?? f.file) : "";
  const repeat = /#\d+$/.exec(f.fingerprint ?? "")?.[0] ?? "";
  return `${file}\u0000${f.symbol ?? ""}\u0000${repeat}`;
}

/** Folds items into a rule result: any "fail" item fails the rule, unless the rule only warns. */
export function ruleResult(rule: GateRule, severity: RuleSeverity, items: GateItem[], summary: string): GateRuleResult {
  const downgraded = severity === "warn" ? items.map((i) => (i.severity === "fail" ? { ...i, severity: "warn" as const } : i)) : items;
  const status = downgraded.some((i) => i.severity === "fail") ? "fail" : downgraded.some((i) => i.severity === "warn") ? "warn" : "pass";
  return { rule, status, summary, items: downgraded.slice(0, 500) };
}

export function skipped(rule: GateRule, summary: string): GateRuleResult {
  return { rule, status: "skip", summary, items: [] };
}

export function item(severity: GateItem["severity"], module: string | null, file: string | null, line: number | null, message: string): GateItem {
  return { severity, module, file, line: line && line > 0 ? line : null, message: message.slice(0, 2000) };
}

/** "3-5, 9" from ascending line numbers. */
export function lineRanges(lines: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    while (i + 1 < lines.length && lines[i + 1] === lines[i]! + 1) i++;
    parts.push(start === lines[i] ? `${start}` : `${start}-${lines[i]}`);
  }
  return parts.join(", ");
}

export const pct = (ratio: number) => `${(Math.floor(ratio * 1000) / 10).toFixed(1)}%`;

export function describePlan(p: GatePlan): string {
  const key = p.item.externalKey ? `${p.item.externalKey} ` : "";
  return `${key}${p.item.title} (${p.sprint.name}, ${p.team.name})`.slice(0, 500);
}

/** The current sprints' debt items naming the module: its explicit plan to repay new debt. */
export function plansFor(baseline: GateBaseline, module: string): string[] {
  return baseline.plans.filter((p) => p.modules.includes(module)).map(describePlan);
}

/**
 * A failure that adds debt to a module with a plan becomes a note naming the plan: the plan is
 * what the team agreed to instead of blocking the merge.
 */
export function debtItem(input: GateInput, module: string, file: string | null, line: number | null, message: string): GateItem {
  const plans = plansFor(input.baseline, module);
  return plans.length ? item("info", module, file, line, `${message}; planned by ${plans.join("; ")}`) : item("fail", module, file, line, message);
}
