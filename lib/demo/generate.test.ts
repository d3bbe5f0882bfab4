import { describe, expect, it } from "vitest";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { DEMO_PROJECTS, demoScans } from "./generate";

describe("demoScans", () => {
  const end = new Date(Date.UTC(2026, 10, 16));
  it("produces valid weekly documents, oldest first, ending at the given date", () => {
    for (const spec of DEMO_PROJECTS) {
      const docs = demoScans(spec, 52, end);
      expect(docs).toHaveLength(52);
      for (const d of docs) expect(() => scanDocumentSchema.parse(d)).not.toThrow();
      const times = docs.map((d) => Date.parse(d.scannedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(end.getTime() - times[51]).toBeLessThan(86_400_000);
      expect(new Set(docs.map((d) => d.commit.sha)).size).toBe(52);
    }
  });
  it("is deterministic", () => {
    expect(demoScans(DEMO_PROJECTS[0], 4, end)).toEqual(demoScans(DEMO_PROJECTS[0], 4, end));
  });
  it("keeps unknown coverage unknown", () => {
    const webhooks = demoScans(DEMO_PROJECTS[1], 2, end)[1].modules.find((m) => m.name === "webhooks")!;
    expect(webhooks.test.coverage).toBeNull();
  });
});
