import { describe, expect, it } from "vitest";
import type { GateReport } from "../../ingest/schema";
import { renderMarkdown, renderText, type RenderInput } from "./render";

const report: GateReport = {
  rules: [
    { rule: "changed-lines-coverage", status: "fail", summary: "50.0% of 10 changed executable lines covered (minimum 80.0%)", items: [
      { severity: "info", module: "billing", file: "billing/a.py", line: 5, message: "billing/a.py: 5 of 10 changed lines covered; not covered: 5-9" },
      { severity: "fail", module: null, file: null, line: null, message: "changed-lines coverage 50.0% is below the minimum 80.0%: cover 3 more of the 5 uncovered changed lines" },
    ] },
    { rule: "complexity", status: "pass", summary: "no function in changed code newly over the threshold or worse", items: [] },
    { rule: "undocumented-api", status: "warn", summary: "1 new undocumented public symbol(s)", items: [
      { severity: "warn", module: "api", file: "api/v.ts", line: 9, message: "new public a|b in module api (api/v.ts:9) has no documentation" },
    ] },
    { rule: "module-coverage-drop", status: "skip", summary: "no module has coverage in both the baseline and this change", items: [] },
  ],
  modules: [
    { module: "billing", delta: 25, plannedBy: ["PAY-7 Split classify (Sprint 14, Platform)"] },
    { module: "api", delta: -30, plannedBy: [] },
  ],
};

const view = (over: Partial<RenderInput> = {}): RenderInput => ({
  report,
  passed: false,
  warnOnly: false,
  debtDelta: -5,
  commitSha: "0123456789abcdef0123",
  baseRef: "origin/main",
  baseSha: "fedcba9876543210fedc",
  baselineSha: "fedcba9876543210fedc",
  projectUrl: "https://paydown.test/orgs/acme/projects/shop",
  ...over,
});

describe("renderText", () => {
  it("leads with the verdict, then each rule with failures before notes", () => {
    const text = renderText(view());
    const lines = text.split("\n");
    expect(lines[0]).toBe("paydown gate: failed — 0123456789ab against origin/main (merge base fedcba987654), debt −5 min");
    expect(lines[1]).toBe("  [FAIL] Coverage of changed lines: 50.0% of 10 changed executable lines covered (minimum 80.0%)");
    expect(lines[2]).toMatch(/✗ changed-lines coverage 50\.0% is below the minimum/);
    expect(lines[3]).toMatch(/- billing\/a\.py: 5 of 10 changed lines covered/);
    expect(text).toContain("  [warn] Undocumented public API: 1 new undocumented public symbol(s)");
    expect(text).toContain("  dashboard: https://paydown.test/orgs/acme/projects/shop");
  });

  it("names the baseline scan's commit when it is not the merge base", () => {
    expect(renderText(view({ baselineSha: "aaaaaaaaaaaaaaaa" }))).toMatch(/\(merge base fedcba987654, baseline scan of aaaaaaaaaaaa\)/);
    expect(renderMarkdown(view({ baselineSha: "aaaaaaaaaaaaaaaa" }))).toContain("(merge base `fedcba987654`, baseline scan of `aaaaaaaaaaaa`)");
  });

  it("says when failures are only reported", () => {
    expect(renderText(view({ warnOnly: true }))).toMatch(/^paydown gate: failed \(reported only: --warn-only\)/);
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(view());
  it("has a marker for sticky comments, the verdict and a rule table", () => {
    expect(md.startsWith("<!-- paydown-gate -->\n## ❌ Paydown gate failed\n")).toBe(true);
    expect(md).toContain("| ❌ | Coverage of changed lines | 50.0% of 10 changed executable lines covered (minimum 80.0%) |");
    expect(md).toContain("[dashboard](https://paydown.test/orgs/acme/projects/shop)");
  });

  it("lists what failed where, linking modules to the dashboard and escaping table characters", () => {
    expect(md).toContain("- **fail**: changed-lines coverage 50.0% is below the minimum 80.0%");
    expect(md).toContain("- warning `api/v.ts:9` (module [api](https://paydown.test/orgs/acme/projects/shop/modules/api)): new public a\\|b in module api");
  });

  it("shows the debt per module with the plan that covered it", () => {
    expect(md).toContain("| [billing](https://paydown.test/orgs/acme/projects/shop/modules/billing) | +25 min | PAY-7 Split classify (Sprint 14, Platform) |");
    expect(md).toContain("| −30 min |");
  });

  it("has no links without a dashboard URL", () => {
    expect(renderMarkdown(view({ projectUrl: null, passed: true }))).not.toContain("](");
  });
});
