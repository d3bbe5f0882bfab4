import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { prepareScan } from "./prepare";
import { scanDocumentSchema } from "./schema";
import { sampleScanDocument } from "./sample-document";

describe("prepareScan", () => {
  const doc = scanDocumentSchema.parse(sampleScanDocument());

  it("prices findings with the debt model and sums per category and module", () => {
    const p = prepareScan(doc, DEFAULT_DEBT_MODEL);
    const billing = p.modules.find((m) => m.report.name === "billing")!;
    const complex = billing.findings.find((f) => f.kind === "complex-function")!;
    expect(complex.remediationMinutes).toBe(10 + 5 * (complex.value - 10));
    expect(billing.debt.total).toBe(
      billing.debt.test + billing.debt.docs + billing.debt.complexity + billing.debt.duplication,
    );
    expect(p.debt.total).toBe(p.modules.reduce((a, m) => a + m.debt.total, 0));
    expect(p.lines).toBe(doc.modules.reduce((a, m) => a + m.lines, 0));
  });

  it("gives stable fingerprints independent of line numbers", () => {
    const moved = structuredClone(sampleScanDocument());
    for (const m of moved.modules) for (const f of m.findings ?? []) if (f.startLine && f.endLine) {
      f.startLine += 7;
      f.endLine += 7;
    }
    const a = prepareScan(doc, DEFAULT_DEBT_MODEL);
    const b = prepareScan(scanDocumentSchema.parse(moved), DEFAULT_DEBT_MODEL);
    expect(b.modules.map((m) => m.findings.map((f) => f.fingerprint))).toEqual(
      a.modules.map((m) => m.findings.map((f) => f.fingerprint)),
    );
  });

  it("keeps fingerprints unique within a module when findings repeat", () => {
    const d = structuredClone(sampleScanDocument());
    const f = { category: "docs", kind: "undocumented-symbol", file: "billing/x.py", symbol: "f", value: 1 } as const;
    d.modules[0].findings = [f, f, f];
    const p = prepareScan(scanDocumentSchema.parse(d), DEFAULT_DEBT_MODEL);
    const fps = p.modules[0].findings.map((x) => x.fingerprint);
    expect(new Set(fps).size).toBe(3);
    expect(fps[1]).toBe(`${fps[0]}#2`);
  });

  it("keeps a scanner-provided fingerprint", () => {
    const d = structuredClone(sampleScanDocument());
    d.modules[0].findings = [{ ...d.modules[0].findings![0], fingerprint: "clone-abc" }];
    const p = prepareScan(scanDocumentSchema.parse(d), DEFAULT_DEBT_MODEL);
    expect(p.modules[0].findings[0].fingerprint).toBe("clone-abc");
  });
});
