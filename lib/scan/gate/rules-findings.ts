import type { GateItem, GateRuleResult } from "../../ingest/schema";
import { baselineFindings, currentFindings, debtItem, identity, item, ruleResult, skipped, touches, type GateInput } from "./context";

/** No function in changed code newly over the CCN threshold; none already over it got worse. */
export function complexity(input: GateInput): GateRuleResult {
  const { severity } = input.config.complexity;
  if (severity === "off") return skipped("complexity", "rule turned off in paydown.config.json");
  const before = new Map(baselineFindings(input.baseline, "complex-function").map((f) => [identity(f), f]));
  const items: GateItem[] = [];
  for (const f of currentFindings(input.current, "complex-function")) {
    if (!touches(input.changed, f.file, f.startLine, f.endLine)) continue;
    const was = before.get(identity(f, input.previous));
    const where = `${f.file}:${f.startLine}`;
    const threshold = f.threshold ?? 0;
    if (!was) {
      items.push(debtItem(input, f.module, f.file, f.startLine, `function ${f.symbol} in module ${f.module} (${where}) is newly over the complexity threshold: CCN ${f.value} > ${threshold} (+${f.value - threshold})`));
    } else if (f.value > was.value) {
      items.push(debtItem(input, f.module, f.file, f.startLine, `function ${f.symbol} in module ${f.module} (${where}) got more complex: CCN ${was.value} → ${f.value} (threshold ${threshold})`));
    }
  }
  const summary = items.length ? `${items.length} function(s) in changed code over the complexity threshold` : "no function in changed code newly over the threshold or worse";
  return ruleResult("complexity", severity, items, summary);
}

const baseFingerprint = (fp: string | null) => (fp ?? "").replace(/#\d+$/, "");

/**
 * No new clone involving changed lines. A clone's fingerprint is its token sequence, so a clone
 * is new when more copies of that sequence exist than at the merge base.
 */
export function clones(input: GateInput): GateRuleResult {
  const { severity } = input.config.clones;
  if (severity === "off") return skipped("clones", "rule turned off in paydown.config.json");
  const countBy = (fps: Array<string | null>) => {
    const m = new Map<string, number>();
    for (const fp of fps) m.set(baseFingerprint(fp), (m.get(baseFingerprint(fp)) ?? 0) + 1);
    return m;
  };
  const now = currentFindings(input.current, "clone");
  const before = countBy(baselineFindings(input.baseline, "clone").map((f) => f.fingerprint));
  const after = countBy(now.map((f) => f.fingerprint));
  const items: GateItem[] = [];
  const reported = new Set<string>();
  for (const f of now) {
    const hit = touches(input.changed, f.file, f.startLine, f.endLine) || touches(input.changed, f.other?.file ?? null, f.other?.startLine ?? null, f.other?.endLine ?? null);
    if (!hit) continue;
    const fp = baseFingerprint(f.fingerprint);
    if ((after.get(fp) ?? 0) <= (before.get(fp) ?? 0)) continue;
    const here = `${f.file}:${f.startLine}-${f.endLine}`;
    const there = f.other ? `${f.other.file}:${f.other.startLine}-${f.other.endLine}` : "?";
    const key = [here, there].sort().join("|");
    if (reported.has(key)) continue;
    reported.add(key);
    items.push(debtItem(input, f.module, f.file, f.startLine, `new clone of ${f.value} lines in module ${f.module}: ${here} duplicates ${there}`));
  }
  const summary = items.length ? `${items.length} new clone(s) involving changed lines` : "no new clone involving changed lines";
  return ruleResult("clones", severity, items, summary);
}

/** Public symbols added by the change without documentation (a warning unless configured to fail). */
export function undocumentedApi(input: GateInput): GateRuleResult {
  const { severity } = input.config.undocumentedApi;
  if (severity === "off") return skipped("undocumented-api", "rule turned off in paydown.config.json");
  const before = new Set(baselineFindings(input.baseline, "undocumented-symbol").map((f) => identity(f)));
  const items: GateItem[] = [];
  for (const f of currentFindings(input.current, "undocumented-symbol")) {
    if (!touches(input.changed, f.file, f.startLine, f.endLine) || before.has(identity(f, input.previous))) continue;
    items.push(item("fail", f.module, f.file, f.startLine, `new public ${f.symbol} in module ${f.module} (${f.file}:${f.startLine}) has no documentation`));
  }
  const summary = items.length ? `${items.length} new undocumented public symbol(s)` : "no new undocumented public symbol";
  return ruleResult("undocumented-api", severity, items, summary);
}
