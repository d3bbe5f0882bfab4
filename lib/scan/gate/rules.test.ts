import { describe, expect, it } from "vitest";
import type { GatePlan } from "../../ingest/schema";
import { evaluateGate } from "./evaluate";
import { gateConfigSchema } from "./gate-config";
import { changedLinesCoverage, moduleCoverageDrop, moduleOfFile } from "./rules-coverage";
import { debtPlan, moduleDebtDeltas, priceFinding } from "./rules-debt";
import { clones, complexity, undocumentedApi } from "./rules-findings";
import { baselineOf, doc, finding, input, lines, mod } from "./test-input";

const complex = (file: string, symbol: string, value: number, startLine: number, endLine: number) =>
  finding({ category: "complexity", kind: "complex-function", file, symbol, value, threshold: 10, startLine, endLine });

const plan = (module: string): GatePlan => ({
  team: { slug: "platform", name: "Platform" },
  sprint: { id: "sp1", name: "Sprint 14", startDate: "2026-11-16", endDate: "2026-11-27" },
  item: { id: "w1", title: "Split classify", externalKey: "PAY-7", url: null, status: "planned", category: "complexity" },
  modules: [module],
});

describe("changed-lines coverage", () => {
  const current = doc([mod("billing", "billing"), mod("api", "api")]);
  const baseline = baselineOf(current);
  const coverage = new Map([
    ["billing/a.py", { executable: lines(1, 2, 3, 4, 5, 10), covered: lines(1, 2, 3, 4) }],
    ["api/b.ts", { executable: lines(1, 2), covered: lines(1, 2) }],
  ]);

  it("fails below the minimum, saying by how much and which lines", () => {
    // Changed executable: a.py 3,4,5,10 (2 covered) + b.ts 1,2 (2 covered) = 4 of 6 = 66.7%.
    const r = changedLinesCoverage(input({ baseline, current, coverage, changed: new Map([["billing/a.py", lines(3, 4, 5, 6, 10)], ["api/b.ts", lines(1, 2)]]), sourceFiles: ["billing/a.py", "api/b.ts"] }));
    expect(r.status).toBe("fail");
    expect(r.summary).toBe("66.6% of 6 changed executable lines covered (minimum 80.0%)");
    expect(r.items[0]!.message).toMatch(/below the minimum 80\.0%: cover 1 more of the 2 uncovered/);
    expect(r.items[1]).toMatchObject({ module: "billing", file: "billing/a.py", line: 5, message: "billing/a.py: 2 of 4 changed lines covered; not covered: 5, 10" });
  });

  it("passes at the minimum; the configured minimum overrides the project's", () => {
    const changed = new Map([["billing/a.py", lines(1, 2, 3, 4, 5)]]);
    expect(changedLinesCoverage(input({ baseline, current, coverage, changed, sourceFiles: ["billing/a.py"] })).status).toBe("pass");
    const strict = gateConfigSchema.parse({ changedLinesCoverage: { minimum: 0.9 } });
    expect(changedLinesCoverage(input({ baseline, current, coverage, changed, sourceFiles: ["billing/a.py"], config: strict })).status).toBe("fail");
  });

  it("lists changed files without coverage data and never counts them as covered", () => {
    const changed = new Map([["billing/a.py", lines(5)], ["billing/new.py", lines(1, 2, 3)]]);
    const r = changedLinesCoverage(input({ baseline, current, coverage, changed, sourceFiles: ["billing/a.py", "billing/new.py"] }));
    expect(r.summary).toMatch(/^0\.0% of 1 changed/);
    expect(r.items.find((i) => i.file === "billing/new.py")).toMatchObject({ severity: "warn", message: "billing/new.py: no coverage data for this changed file (not counted as covered)" });
  });

  it("fails files without coverage data when missingData is fail", () => {
    const config = gateConfigSchema.parse({ changedLinesCoverage: { missingData: "fail" } });
    const r = changedLinesCoverage(input({ baseline, current, coverage, changed: new Map([["billing/new.py", lines(1)]]), sourceFiles: ["billing/new.py"], config }));
    expect(r.status).toBe("fail");
    expect(r.items).toEqual([expect.objectContaining({ severity: "fail", file: "billing/new.py" })]);
  });

  it("is skipped without a coverage report, and when turned off", () => {
    expect(changedLinesCoverage(input({ baseline, current })).status).toBe("skip");
    const off = gateConfigSchema.parse({ changedLinesCoverage: { severity: "off" } });
    expect(changedLinesCoverage(input({ baseline, current, coverage, config: off })).status).toBe("skip");
  });

  it("ignores changed files that are not source files the scanner analyses", () => {
    const r = changedLinesCoverage(input({ baseline, current, coverage, changed: new Map([["README.md", lines(1)]]), sourceFiles: [] }));
    expect(r).toMatchObject({ status: "pass", items: [] });
  });
});

describe("module coverage drop", () => {
  const cov = (coveredLines: number, validLines: number) => ({ test: { coverage: { coveredLines, validLines, coveredBranches: 0, validBranches: 0 }, results: null } });
  it("fails a drop over the tolerance and names the module and the points", () => {
    const baseline = baselineOf(doc([mod("billing", "billing", cov(900, 1000)), mod("api", "api", cov(500, 1000))]));
    const current = doc([mod("billing", "billing", cov(896, 1000)), mod("api", "api", cov(494, 1000))]);
    const r = moduleCoverageDrop(input({ baseline, current }));
    expect(r.status).toBe("fail");
    expect(r.items.map((i) => i.message)).toEqual(["module api: line coverage fell 0.6 points, 50.0% → 49.4% (tolerance 0.5 points)"]);
  });
  it("skips modules whose coverage is unknown on either side", () => {
    const baseline = baselineOf(doc([mod("billing", "billing")]));
    const current = doc([mod("billing", "billing", cov(0, 1000))]);
    expect(moduleCoverageDrop(input({ baseline, current })).status).toBe("skip");
  });
});

describe("complexity", () => {
  const before = doc([mod("billing", "billing", { findings: [complex("billing/old.py", "parse", 12, 1, 30)] })]);
  const baseline = baselineOf(before);

  it("fails a function in changed code that is newly over the threshold, naming function and module", () => {
    const current = doc([mod("billing", "billing", { findings: [complex("billing/rules.py", "classify", 13, 4, 30)] })]);
    const r = complexity(input({ baseline, current, changed: new Map([["billing/rules.py", lines(10)]]) }));
    expect(r.status).toBe("fail");
    expect(r.items[0]!.message).toBe("function classify in module billing (billing/rules.py:4) is newly over the complexity threshold: CCN 13 > 10 (+3)");
  });

  it("fails a function already over the threshold that got worse, and passes one that did not", () => {
    const worse = doc([mod("billing", "billing", { findings: [complex("billing/old.py", "parse", 14, 1, 30)] })]);
    const changed = new Map([["billing/old.py", lines(5)]]);
    expect(complexity(input({ baseline, current: worse, changed })).items[0]!.message).toMatch(/got more complex: CCN 12 → 14/);
    expect(complexity(input({ baseline, current: before, changed })).status).toBe("pass");
  });

  it("ignores functions the change did not touch", () => {
    const current = doc([mod("billing", "billing", { findings: [complex("billing/rules.py", "classify", 13, 4, 30)] })]);
    expect(complexity(input({ baseline, current, changed: new Map([["billing/rules.py", lines(31, 40)]]) })).status).toBe("pass");
  });

  it("follows a renamed file to its old path", () => {
    const moved = doc([mod("billing", "billing", { findings: [complex("billing/parsing.py", "parse", 12, 1, 30)] })]);
    const changed = new Map([["billing/parsing.py", lines(3)]]);
    expect(complexity(input({ baseline, current: moved, changed })).status).toBe("fail");
    expect(complexity(input({ baseline, current: moved, changed, previous: new Map([["billing/parsing.py", "billing/old.py"]]) })).status).toBe("pass");
  });

  it("turns a failure into a note when the module's current sprint plans debt work", () => {
    const current = doc([mod("billing", "billing", { findings: [complex("billing/rules.py", "classify", 13, 4, 30)] })]);
    const r = complexity(input({ baseline: { ...baseline, plans: [plan("billing")] }, current, changed: new Map([["billing/rules.py", lines(4)]]) }));
    expect(r.status).toBe("pass");
    expect(r.items[0]).toMatchObject({ severity: "info", message: expect.stringMatching(/; planned by PAY-7 Split classify \(Sprint 14, Platform\)$/) });
  });
});

describe("clones", () => {
  const clone = (file: string, start: number, other: string, otherStart: number, fp: string) =>
    finding({ category: "duplication", kind: "clone", file, startLine: start, endLine: start + 9, value: 10, threshold: 5, fingerprint: fp, other: { file: other, startLine: otherStart, endLine: otherStart + 9 } });

  it("fails a new clone touching changed lines, once per pair", () => {
    const baseline = baselineOf(doc([mod("billing", "billing")]));
    const current = doc([mod("billing", "billing", { findings: [clone("billing/a.py", 1, "billing/b.py", 20, "f1"), clone("billing/b.py", 20, "billing/a.py", 1, "f1#2")] })]);
    const r = clones(input({ baseline, current, changed: new Map([["billing/b.py", lines(25)]]) }));
    expect(r.status).toBe("fail");
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.message).toBe("new clone of 10 lines in module billing: billing/a.py:1-10 duplicates billing/b.py:20-29");
  });

  it("passes an existing clone edited in place, and fails a third copy of it", () => {
    const pair = [clone("billing/a.py", 1, "billing/b.py", 20, "f1"), clone("billing/b.py", 20, "billing/a.py", 1, "f1#2")];
    const baseline = baselineOf(doc([mod("billing", "billing", { findings: pair })]));
    const changed = new Map([["billing/a.py", lines(3)], ["billing/c.py", lines(5)]]);
    expect(clones(input({ baseline, current: doc([mod("billing", "billing", { findings: pair })]), changed })).status).toBe("pass");
    const third = [...pair, clone("billing/c.py", 1, "billing/a.py", 1, "f1#3")];
    expect(clones(input({ baseline, current: doc([mod("billing", "billing", { findings: third })]), changed })).status).toBe("fail");
  });
});

describe("undocumented public API", () => {
  const undocumented = (file: string, symbol: string, line: number) => finding({ category: "docs", kind: "undocumented-symbol", file, symbol, value: 1, startLine: line, endLine: line });
  const baseline = baselineOf(doc([mod("api", "api", { findings: [undocumented("api/views.ts", "old", 1)] })]));
  const current = doc([mod("api", "api", { findings: [undocumented("api/views.ts", "old", 1), undocumented("api/views.ts", "index", 9)] })]);
  const changed = new Map([["api/views.ts", lines(1, 9)]]);

  it("warns about new undocumented symbols by default, only the new ones", () => {
    const r = undocumentedApi(input({ baseline, current, changed }));
    expect(r.status).toBe("warn");
    expect(r.items.map((i) => i.message)).toEqual(["new public index in module api (api/views.ts:9) has no documentation"]);
  });

  it("fails when configured to", () => {
    expect(undocumentedApi(input({ baseline, current, changed, config: gateConfigSchema.parse({ undocumentedApi: { severity: "fail" } }) })).status).toBe("fail");
  });
});

describe("debt plan", () => {
  const before = doc([mod("billing", "billing"), mod("api", "api", { findings: [complex("api/x.ts", "big", 14, 1, 9)] })]);
  const after = doc([mod("billing", "billing", { findings: [complex("billing/rules.py", "classify", 13, 4, 30)] }), mod("api", "api")]);

  it("prices findings as the dashboard does", () => {
    expect(priceFinding({ kind: "complex-function", value: 13, threshold: 10 }, baselineOf(before).debtModel.rules)).toBe(25);
    expect(priceFinding({ kind: "complex-function", value: 10, threshold: 10 }, baselineOf(before).debtModel.rules)).toBe(0);
  });

  it("fails a module whose debt rises without a plan, naming module, minutes and how to add the item", () => {
    const sprint = { id: "sp1", name: "Sprint 14", startDate: "2026-11-16", endDate: "2026-11-27", url: "https://paydown.test/orgs/acme/teams/platform/sprints/sp1" };
    const baseline = baselineOf(before, { teams: [{ slug: "platform", name: "Platform", sprint }] });
    const { result, modules } = debtPlan(input({ baseline, current: after }));
    expect(modules).toEqual([
      { module: "api", delta: -30, plannedBy: [] },
      { module: "billing", delta: 25, plannedBy: [] },
    ]);
    expect(result.status).toBe("fail");
    expect(result.items[0]!.message).toMatch(/^module billing adds 25 min of debt with no plan: add a debt work item for module billing to the current sprint "Sprint 14" of team Platform \(https:\/\/paydown\.test\/orgs\/acme\/teams\/platform\/sprints\/sp1, or POST \/api\/v1\/sprints\/sp1\/items \{"items":\[\{"title":"Pay down billing","type":"debt","modules":\["billing"\]\}\]\}\)$/);
  });

  it("says so when no team has a sprint running", () => {
    const { result } = debtPlan(input({ baseline: baselineOf(before), current: after }));
    expect(result.items[0]!.message).toMatch(/no team works on this project, so none has a sprint running today/);
  });

  it("passes a rise covered by a debt item of the current sprint and records the plan", () => {
    const { result, modules } = debtPlan(input({ baseline: baselineOf(before, { plans: [plan("billing")] }), current: after }));
    expect(result.status).toBe("pass");
    expect(modules.find((m) => m.module === "billing")!.plannedBy).toEqual(["PAY-7 Split classify (Sprint 14, Platform)"]);
  });

  it("allows rises up to the configured allowance", () => {
    const config = gateConfigSchema.parse({ debtPlan: { allowanceMinutes: 25 } });
    expect(debtPlan(input({ baseline: baselineOf(before), current: after, config })).result.status).toBe("pass");
  });

  it("compares test debt only where both sides had coverage", () => {
    const uncovered = finding({ category: "test", kind: "uncovered-file", file: "billing/a.py", value: 40, threshold: 10 });
    const cov = { coverage: { coveredLines: 1, validLines: 50, coveredBranches: 0, validBranches: 0 }, results: null };
    const base = baselineOf(doc([mod("billing", "billing")]));
    expect(moduleDebtDeltas(base, doc([mod("billing", "billing", { test: cov, findings: [uncovered] })]))[0]!.delta).toBe(0);
    const covered = baselineOf(doc([mod("billing", "billing", { test: cov })]));
    expect(moduleDebtDeltas(covered, doc([mod("billing", "billing", { test: cov, findings: [uncovered] })]))[0]!.delta).toBe(150);
  });
});

describe("evaluateGate", () => {
  it("passes when no rule fails, with the total debt delta", () => {
    const current = doc([mod("billing", "billing")]);
    const out = evaluateGate(input({ baseline: baselineOf(current), current }));
    expect(out).toMatchObject({ passed: true, debtDelta: 0 });
    expect(out.report.rules.map((r) => r.rule)).toEqual(["changed-lines-coverage", "module-coverage-drop", "complexity", "clones", "undocumented-api", "debt-plan"]);
  });
});

describe("moduleOfFile", () => {
  it("picks the longest module path prefix, the root module last", () => {
    const d = doc([mod("(root)", ""), mod("pkg", "packages/pkg"), mod("pkg-api", "packages/pkg/api")]);
    expect(moduleOfFile(d, "packages/pkg/api/x.ts")).toBe("pkg-api");
    expect(moduleOfFile(d, "packages/pkgx/y.ts")).toBe("(root)");
  });
});
