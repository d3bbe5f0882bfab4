import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { orgWithProject } from "@/test/fixtures";
import { countFindingsByCategory, findingsOfSnapshot } from "./data";
import { FINDING_SORTS, pageWindow } from "./findings-page";

/** 230 complexity findings with repeating values, files and lines, so ties need the tiebreakers. */
async function bigModule() {
  const { orgId, projectId } = await orgWithProject();
  const doc = sampleScanDocument();
  const billing = doc.modules[0]!;
  billing.findings = [
    ...billing.findings!.filter((f) => f.category !== "complexity"),
    ...Array.from({ length: 230 }, (_, i) => ({
      category: "complexity" as const,
      kind: "complex-function" as const,
      file: i % 7 === 0 ? null : `src/billing/f${i % 13}.py`,
      startLine: i % 7 === 0 ? null : 1 + (i % 5) * 10,
      symbol: `fn_${i}`,
      value: 11 + (i % 9),
      threshold: 10,
    })),
  ];
  await ingestScan({ orgId, projectId }, scanDocumentSchema.parse(doc), DEFAULT_DEBT_MODEL);
  const snap = await prisma.moduleSnapshot.findFirstOrThrow({ where: { orgId, module: { name: "billing" } }, select: { id: true } });
  return { orgId, snapshotId: snap.id };
}

describe("findings of a snapshot, sorted and paged in the database", () => {
  it("pages cover every finding once, in one order per sort, the order the page promises", async () => {
    const { orgId, snapshotId } = await bigModule();
    const counts = await countFindingsByCategory(orgId, snapshotId);
    const total = counts.find((c) => c.category === "complexity")!._count._all;
    expect(total).toBe(230);
    for (const sort of FINDING_SORTS) {
      const seen: Array<{ id: string; remediationMinutes: number; value: number; file: string | null; startLine: number | null }> = [];
      for (let page = 1; page <= pageWindow(undefined, total).pages; page++) {
        const w = pageWindow(String(page), total);
        const rows = await findingsOfSnapshot(orgId, snapshotId, "complexity", sort, w);
        expect(rows).toHaveLength(w.take);
        seen.push(...rows);
      }
      expect(new Set(seen.map((r) => r.id)).size).toBe(230);
      for (let k = 1; k < seen.length; k++) {
        const [a, b] = [seen[k - 1]!, seen[k]!];
        if (sort === "minutes") expect(a.remediationMinutes).toBeGreaterThanOrEqual(b.remediationMinutes);
        if (sort === "value") expect(a.value).toBeGreaterThanOrEqual(b.value);
        if (sort === "file") {
          // Module-level findings (no file) first, then by file and line.
          if (a.file === null) continue;
          expect(b.file).not.toBeNull();
          expect(a.file <= b.file! || (a.file === b.file && (a.startLine ?? 0) <= (b.startLine ?? 0))).toBe(true);
        }
      }
    }
  });

  it("filters by category and returns nothing past the end", async () => {
    const { orgId, snapshotId } = await bigModule();
    const docs = await findingsOfSnapshot(orgId, snapshotId, "docs", "minutes", { skip: 0, take: 100 });
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((f) => f.category === "docs")).toBe(true);
    expect(await findingsOfSnapshot(orgId, snapshotId, null, "minutes", { skip: 10_000, take: 100 })).toEqual([]);
  });
});
