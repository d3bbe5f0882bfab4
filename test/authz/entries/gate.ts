import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import type { GateResultUploadInput } from "@/lib/ingest/schema";
import { PERSONAS } from "../world";
import type { RouteCase } from "../types";

// CI gate (issue 7): project tokens, not sessions, authorize both endpoints.

const headers = (token?: string) => ({ "content-type": "application/json", "x-forwarded-for": "203.0.113.7", ...(token ? { authorization: `Bearer ${token}` } : {}) });

const getBaseline = async (token?: string, branch = "main") =>
  (await import("@/app/api/v1/baseline/route")).GET(new Request(`http://paydown.test/api/v1/baseline?branch=${branch}`, { headers: headers(token) }));

const uploadScan = async (token: string) =>
  (await import("@/app/api/v1/scans/route")).POST(
    new Request("http://paydown.test/api/v1/scans", { method: "POST", headers: headers(token), body: JSON.stringify(sampleScanDocument()) }),
  );

const result = (over: Partial<GateResultUploadInput> = {}): GateResultUploadInput => ({
  commitSha: "0123456789abcdef0123456789abcdef01234567",
  baseSha: "3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567",
  branch: "feature/x",
  targetBranch: "main",
  pullRequest: "42",
  passed: false,
  debtDelta: 25,
  report: {
    rules: [{ rule: "debt-plan", status: "fail", summary: "the change adds 25 min of debt", items: [{ severity: "fail", module: "billing", file: null, line: null, message: "module billing adds 25 min of debt with no plan" }] }],
    modules: [{ module: "billing", delta: 25, plannedBy: [] }],
  },
  ...over,
});

const postResult = async (token?: string, body: unknown = result()) =>
  (await import("@/app/api/v1/gate-results/route")).POST(
    new Request("http://paydown.test/api/v1/gate-results", { method: "POST", headers: headers(token), body: JSON.stringify(body) }),
  );

export const routes: Record<string, RouteCase[]> = {
  "app/api/v1/baseline/route.ts GET": [
    ...PERSONAS.map((p) => ({ name: `${p} session without token`, as: p, run: () => getBaseline(), status: 401 })),
    { name: "revoked token", run: (w) => getBaseline(w.revokedToken.token), status: 401 },
    { name: "unknown token", run: () => getBaseline("pd_00000000000000000000000000000000"), status: 401 },
    {
      name: "the project's token, no scan of the branch yet",
      run: (w) => getBaseline(w.shopToken.token),
      status: 404,
      check: async (_w, res) => expect((await res.json()).error.code).toBe("no_baseline"),
    },
    {
      name: "the project's token after a scan of main, with the running sprint's debt item as a plan",
      run: async (w) => {
        expect((await uploadScan(w.shopToken.token)).status).toBe(201);
        const billing = await prisma.module.findFirstOrThrow({ where: { orgId: w.acme.id, projectId: w.shop.id, name: "billing" } });
        await prisma.workItemModule.create({ data: { orgId: w.acme.id, workItemId: w.workItem.id, moduleId: billing.id } });
        return getBaseline(w.shopToken.token);
      },
      status: 200,
      check: async (_w, res) => {
        const body = await res.json();
        expect(body.project).toMatchObject({ org: "acme", slug: "shop", url: "http://paydown.test/orgs/acme/projects/shop", coverageMinimum: 0.8 });
        expect(body.scan.commitSha).toBe("3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567");
        expect(body.modules.map((m: { name: string }) => m.name)).toEqual(["api", "billing"]);
        const billing = body.modules.find((m: { name: string }) => m.name === "billing");
        expect(billing.coverage).toEqual({ coveredLines: 1320, validLines: 1800 });
        expect(billing.findings.find((f: { kind: string }) => f.kind === "complex-function")).toMatchObject({ file: "src/billing/invoice.py", symbol: "Invoice.render", value: 23 });
        expect(body.teams).toEqual([{ slug: "platform", name: "Platform", sprint: expect.objectContaining({ name: "Sprint 14" }) }]);
        expect(body.plans).toEqual([expect.objectContaining({ item: expect.objectContaining({ externalKey: "PAY-12" }), modules: ["billing"] })]);
      },
    },
    {
      name: "another org's token never sees this project's baseline",
      run: async (w) => {
        await uploadScan(w.shopToken.token);
        return getBaseline(w.webToken.token);
      },
      status: 404,
    },
    { name: "a missing branch is a 400", run: (w) => getBaseline(w.shopToken.token, ""), status: 400 },
  ],
  "app/api/v1/gate-results/route.ts POST": [
    ...PERSONAS.map((p) => ({ name: `${p} session without token`, as: p, run: () => postResult(), status: 401 })),
    { name: "revoked token", run: (w) => postResult(w.revokedToken.token), status: 401 },
    { name: "unknown token", run: () => postResult("pd_00000000000000000000000000000000"), status: 401 },
    {
      name: "the project's token",
      run: (w) => postResult(w.shopToken.token),
      status: 201,
      check: async (w) => {
        const rows = await prisma.gateResult.findMany({ where: { orgId: w.acme.id, projectId: w.shop.id } });
        expect(rows.map((r) => [r.commitSha, r.passed, r.debtDelta, r.pullRequest])).toEqual([["0123456789abcdef0123456789abcdef01234567", false, 25, "42"]]);
      },
    },
    {
      name: "another org's token writes only to its own project",
      run: (w) => postResult(w.webToken.token),
      status: 201,
      check: async (w) => {
        expect(await prisma.gateResult.count({ where: { orgId: w.acme.id } })).toBe(0);
        expect(await prisma.gateResult.count({ where: { orgId: w.other.id, projectId: w.web.id } })).toBe(1);
      },
    },
    {
      name: "an invalid result is a 400 naming the field, and nothing is stored",
      run: (w) => postResult(w.shopToken.token, { ...result(), passed: "yes" }),
      status: 400,
      check: async (_w, res) => {
        const body = await res.json();
        expect(body.error.code).toBe("invalid_gate_result");
        expect(body.error.issues[0].path).toBe("passed");
        expect(await prisma.gateResult.count()).toBe(0);
      },
    },
  ],
};
