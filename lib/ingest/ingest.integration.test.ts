import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/scans/route";
import { prisma } from "@/lib/db/client";
import { orgWithProject } from "@/test/fixtures";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "./mutations";
import { sampleScanDocument } from "./sample-document";
import { scanDocumentSchema } from "./schema";

function post(body: unknown, token?: string, raw?: string) {
  return POST(
    new Request("http://paydown.test/api/v1/scans", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? JSON.stringify(body),
    }),
  );
}

async function counts() {
  const [scans, snapshots, findings, modules] = await Promise.all([
    prisma.scan.count(),
    prisma.moduleSnapshot.count(),
    prisma.finding.count(),
    prisma.module.count(),
  ]);
  return { scans, snapshots, findings, modules };
}

describe("POST /api/v1/scans", () => {
  it("stores a valid scan per module with priced findings and answers 201 with a summary", async () => {
    const { token, projectId } = await orgWithProject();
    const res = await post(sampleScanDocument(), token);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.created).toBe(true);
    expect(body.scan).toMatchObject({ modules: 2, findings: 6, lines: 2790, commitSha: expect.any(String) });
    expect(body.scan.debt.minutes.complexity).toBe(10 + 5 * 13);
    expect(body.scan.debt.grade).toMatch(/^[A-E]$/);

    const snap = await prisma.moduleSnapshot.findFirstOrThrow({
      where: { projectId, module: { name: "billing" } },
      include: { findings: true, module: true },
    });
    expect(snap.coveredLines).toBe(1320);
    expect(snap.module.owners).toEqual(["@acme/payments"]);
    expect(snap.findings).toHaveLength(5);
    const clone = snap.findings.find((f) => f.kind === "clone")!;
    expect(clone.other).toEqual({ file: "src/billing/credit_note.py", startLine: 40, endLine: 71 });
    const api = await prisma.moduleSnapshot.findFirstOrThrow({ where: { projectId, module: { name: "api" } } });
    expect(api.coveredLines).toBeNull(); // unknown, never 0%
    expect(api.tests).toBeNull();
    const t = await prisma.projectToken.findFirstOrThrow({ where: { projectId } });
    expect(t.lastUsedAt).not.toBeNull();
    expect(t.tokenHash).not.toBe(token);
  });

  it("answers 200 with the same scan for the same commit and duplicates nothing", async () => {
    const { token } = await orgWithProject();
    const first = await (await post(sampleScanDocument(), token)).json();
    const before = await counts();
    const again = await post(sampleScanDocument(), token);
    expect(again.status).toBe(200);
    const body = await again.json();
    expect(body.created).toBe(false);
    expect(body.scan.id).toBe(first.scan.id);
    expect(await counts()).toEqual(before);
  });

  it("keeps one scan when the same commit is uploaded concurrently", async () => {
    const { token } = await orgWithProject();
    const results = await Promise.all([post(sampleScanDocument(), token), post(sampleScanDocument(), token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 201]);
    expect((await counts()).scans).toBe(1);
  });

  it("rejects a missing or unknown token with 401 and stores nothing", async () => {
    await orgWithProject();
    for (const token of [undefined, "pd_not-a-real-token"]) {
      const res = await post(sampleScanDocument(), token);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
    expect((await counts()).scans).toBe(0);
  });

  it("rejects malformed JSON with 400", async () => {
    const { token } = await orgWithProject();
    const res = await post(null, token, '{"schemaVersion": 1,');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "invalid_json", message: expect.stringContaining("JSON") });
  });

  it("names the offending fields of a schema violation", async () => {
    const { token } = await orgWithProject();
    const doc = sampleScanDocument();
    (doc.modules[0] as { lines: unknown }).lines = -4;
    doc.commit.sha = "not-a-sha";
    const res = await post(doc, token);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_scan_document");
    const paths = error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["commit.sha", "modules.0.lines"]));
    expect((await counts()).scans).toBe(0);
  });

  it("rejects an unknown schemaVersion", async () => {
    const { token } = await orgWithProject();
    const res = await post({ ...sampleScanDocument(), schemaVersion: 2 }, token);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("unsupported_schema_version");
  });

  it("refuses a body over the limit with 413", async () => {
    const { token } = await orgWithProject();
    process.env.PAYDOWN_MAX_SCAN_BYTES = "2048";
    try {
      const res = await post(sampleScanDocument(), token);
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe("payload_too_large");
    } finally {
      delete process.env.PAYDOWN_MAX_SCAN_BYTES;
    }
    expect((await counts()).scans).toBe(0);
  });

  it("refuses NUL characters in strings with 400", async () => {
    const { token } = await orgWithProject();
    const doc = sampleScanDocument();
    doc.modules[1].findings![0].message = "bad \u0000 byte";
    const res = await post(doc, token);
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe("modules.1.findings.0.message");
  });

  it("writes nothing of a scan whose insert fails half-way", async () => {
    const { orgId, projectId } = await orgWithProject();
    const doc = scanDocumentSchema.parse(sampleScanDocument());
    // Bypass validation: PostgreSQL rejects NUL in text, after the scan, modules and
    // snapshots were inserted inside the transaction.
    doc.modules[1].findings[0].message = "bad \u0000 byte";
    await expect(ingestScan({ orgId, projectId }, doc, DEFAULT_DEBT_MODEL)).rejects.toThrow();
    expect(await counts()).toEqual({ scans: 0, snapshots: 0, findings: 0, modules: 0 });
  });

  it("never writes into another organization's project", async () => {
    const a = await orgWithProject("alpha", "web");
    const b = await orgWithProject("beta", "web");
    await post(sampleScanDocument(), a.token);
    expect(await prisma.scan.count({ where: { orgId: b.orgId } })).toBe(0);
    expect(await prisma.scan.count({ where: { orgId: a.orgId, projectId: a.projectId } })).toBe(1);
  });
});
