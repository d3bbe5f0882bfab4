import { describe, expect, it } from "vitest";
import { diffPaydown, touchedModuleIds, type DiffFinding, type LinkedFinding, type ScanSide } from "./paydown-diff";

const f = (fingerprint: string, category: DiffFinding["category"], minutes: number): DiffFinding => ({ fingerprint, category, minutes });
const side = (scanId: string, day: number, modules: ScanSide["modules"]): ScanSide => ({ scanId, scannedAt: new Date(Date.UTC(2026, 10, day)), modules });
const billing = { moduleId: "billing", name: "billing", projectId: "shop" };
const link = (fingerprint: string, moduleId = "billing"): LinkedFinding => ({
  fingerprint,
  moduleId,
  category: "complexity",
  kind: "complex-function",
  file: "a.py",
  symbol: "f",
  remediationMinutes: 75,
});

describe("diffPaydown", () => {
  it("counts disappeared findings as paid and new ones as added, per category, with the net change", () => {
    const start = side("s1", 2, { billing: [f("cx", "complexity", 75), f("doc", "docs", 5), f("keep", "test", 100)] });
    const end = side("s2", 14, { billing: [f("keep", "test", 120), f("clone", "duplication", 42)] });
    const d = diffPaydown({ modules: [billing], linked: [link("cx"), link("keep")], projects: { shop: { start, end } } });
    expect(d.state).toBe("compared");
    expect(d.paid).toEqual({ test: 0, docs: 5, complexity: 75, duplication: 0 });
    expect(d.added).toEqual({ test: 0, docs: 0, complexity: 0, duplication: 42 });
    expect([d.paidTotal, d.addedTotal, d.net]).toEqual([80, 42, -38]);
    expect(d.resolved.map((r) => r.fingerprint)).toEqual(["cx"]);
    expect(d.open.map((r) => r.fingerprint)).toEqual(["keep"]);
    expect(d.modules[0]).toMatchObject({ name: "billing", state: "compared", net: -38 });
  });

  it("an empty sprint (no debt modules) compares nothing", () => {
    const d = diffPaydown({ modules: [], linked: [], projects: {} });
    expect(d).toMatchObject({ state: "no_debt_modules", paidTotal: 0, addedTotal: 0, net: 0, modules: [], resolved: [] });
  });

  it("says waiting when the same scan is at both ends, and counts nothing", () => {
    const s = side("s1", 2, { billing: [f("cx", "complexity", 75)] });
    const d = diffPaydown({ modules: [billing], linked: [link("cx")], projects: { shop: { start: s, end: s } } });
    expect(d.state).toBe("waiting");
    expect(d.paidTotal).toBe(0);
    expect(d.resolved).toEqual([]);
    expect(d.open).toHaveLength(1);
  });

  it("says waiting when there is no end scan", () => {
    const d = diffPaydown({ modules: [billing], linked: [], projects: { shop: { start: side("s1", 2, {}), end: null } } });
    expect(d.state).toBe("waiting");
  });

  it("says so when the project has no scan at the start", () => {
    const d = diffPaydown({ modules: [billing], linked: [], projects: { shop: { start: null, end: side("s2", 14, { billing: [f("x", "docs", 5)] }) } } });
    expect(d.state).toBe("no_start_scan");
    expect(d.modules[0].state).toBe("no_start_scan");
    expect(d.addedTotal).toBe(0);
  });

  it("counts a module removed between the scans as all paid, and a new one as all added", () => {
    const api = { moduleId: "api", name: "api", projectId: "shop" };
    const start = side("s1", 2, { billing: [f("cx", "complexity", 75), f("d", "docs", 5)] });
    const end = side("s2", 14, { api: [f("r", "docs", 30)] });
    const d = diffPaydown({ modules: [billing, api], linked: [link("cx")], projects: { shop: { start, end } } });
    const byName = Object.fromEntries(d.modules.map((m) => [m.name, m]));
    expect(byName.billing).toMatchObject({ state: "removed", paidTotal: 80, addedTotal: 0 });
    expect(byName.api).toMatchObject({ state: "added", paidTotal: 0, addedTotal: 30 });
    expect(d.net).toBe(-50);
    expect(d.resolved).toHaveLength(1);
  });

  it("marks a module in neither scan as absent and still compares the rest", () => {
    const ghost = { moduleId: "ghost", name: "ghost", projectId: "shop" };
    const start = side("s1", 2, { billing: [f("cx", "complexity", 75)] });
    const end = side("s2", 14, { billing: [] });
    const d = diffPaydown({ modules: [ghost, billing, billing], linked: [], projects: { shop: { start, end } } });
    expect(d.modules.map((m) => [m.name, m.state])).toEqual([
      ["billing", "compared"],
      ["ghost", "absent"],
    ]);
    expect(d.paidTotal).toBe(75);
  });

  it("compares each project with its own scans and keeps waiting ones out of the totals", () => {
    const web = { moduleId: "ui", name: "ui", projectId: "web" };
    const d = diffPaydown({
      modules: [billing, web],
      linked: [],
      projects: {
        shop: { start: side("s1", 2, { billing: [f("cx", "complexity", 75)] }), end: side("s2", 14, { billing: [] }) },
        web: { start: side("w1", 1, { ui: [f("u", "test", 50)] }), end: side("w1", 1, { ui: [f("u", "test", 50)] }) },
      },
    });
    expect(d.state).toBe("compared");
    expect(d.paidTotal).toBe(75);
    expect(d.modules.find((m) => m.name === "ui")?.state).toBe("waiting");
  });

  it("does not count a linked finding as resolved when it was not there at the start", () => {
    const start = side("s1", 2, { billing: [] });
    const end = side("s2", 14, { billing: [] });
    const d = diffPaydown({ modules: [billing], linked: [link("never-there")], projects: { shop: { start, end } } });
    expect(d.resolved).toEqual([]);
    expect(d.open).toHaveLength(1);
  });
});

describe("touchedModuleIds", () => {
  it("takes debt items' modules and their findings' modules, skipping dropped and non-debt items", () => {
    const ids = touchedModuleIds([
      { type: "debt", status: "done", moduleIds: ["a"], findings: [{ moduleId: "b" }] },
      { type: "debt", status: "planned", moduleIds: [], findings: [] },
      { type: "debt", status: "dropped", moduleIds: ["c"], findings: [] },
      { type: "feature", status: "done", moduleIds: ["d"], findings: [] },
      { type: "debt", status: "in_progress", moduleIds: ["a"], findings: [{ moduleId: "e" }] },
    ]);
    expect(ids.sort()).toEqual(["a", "b", "e"]);
  });
  it("is empty for a sprint of items without modules", () => {
    expect(touchedModuleIds([{ type: "debt", status: "done", moduleIds: [], findings: [] }])).toEqual([]);
  });
});
