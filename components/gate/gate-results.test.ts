import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { GateResultRow } from "@/lib/gate/schema";

// The card's loader needs a session; the table it renders is plain props.
vi.mock("@/lib/gate/loaders", () => ({ loadGateResults: async () => [] }));
const { GateResultsTable } = await import("./gate-results");

const row = (over: Partial<GateResultRow>): GateResultRow => ({
  id: "g1",
  commitSha: "0123456789abcdef",
  baseSha: null,
  branch: "feature/x",
  targetBranch: "main",
  pullRequest: null,
  passed: true,
  warnOnly: false,
  debtDelta: 0,
  createdAt: new Date("2026-11-20T10:00:00Z"),
  failedRules: [],
  plans: [],
  ...over,
});

describe("GateResultsTable", () => {
  it("shows each result's verdict, commit, pull request link, debt and covering plan", () => {
    const html = renderToStaticMarkup(
      createElement(GateResultsTable, {
        rows: [
          row({ id: "a", passed: false, failedRules: ["complexity", "debt-plan"], pullRequest: "https://github.com/acme/shop/pull/42", debtDelta: 25 }),
          row({ id: "b", debtDelta: 90, pullRequest: "7", plans: [{ module: "billing", plannedBy: ["PAY-7 Split classify (Sprint 14, Platform)"] }] }),
          row({ id: "c", passed: false, warnOnly: true, debtDelta: -30 }),
        ],
      }),
    );
    expect(html).toContain(">failed<");
    expect(html).toContain("complexity, debt-plan");
    expect(html).toContain('<a href="https://github.com/acme/shop/pull/42"');
    expect(html).toContain(">#42<");
    expect(html).toContain(">#7<");
    expect(html).toContain("0123456");
    expect(html).toContain("+25m");
    expect(html).toContain("+1h 30m");
    expect(html).toContain("−30m");
    expect(html).toContain("PAY-7 Split classify (Sprint 14, Platform)");
    expect(html).toContain("failed (warn only)");
  });

  it("explains how to get results when there are none", () => {
    expect(renderToStaticMarkup(createElement(GateResultsTable, { rows: [] }))).toContain("No gate results yet");
  });
});
