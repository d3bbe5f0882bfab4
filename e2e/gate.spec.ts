import { sampleScanDocument } from "../lib/ingest/sample-document";
import type { GateResultUploadInput } from "../lib/ingest/schema";
import { expect, test } from "./fixtures";
import { GateCard } from "./pages/gate-card";

const result = (over: Partial<GateResultUploadInput>): GateResultUploadInput => ({
  commitSha: "0123456789abcdef0123456789abcdef01234567",
  baseSha: "3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567",
  branch: "feature/classify",
  targetBranch: "main",
  pullRequest: "https://github.com/acme/shop/pull/42",
  passed: false,
  debtDelta: 25,
  report: {
    rules: [{ rule: "debt-plan", status: "fail", summary: "the change adds 25 min of debt", items: [] }],
    modules: [{ module: "billing", delta: 25, plannedBy: [] }],
  },
  ...over,
});

test("the gate reads main's baseline and its results show per commit and pull request on the project page", async ({ tenant, request, signIn, projectPage, page }) => {
  const auth = { authorization: `Bearer ${tenant.token}` };
  expect((await request.get("/api/v1/baseline?branch=main", { headers: auth })).status()).toBe(404);
  expect((await request.post("/api/v1/scans", { data: sampleScanDocument(), headers: auth })).status()).toBe(201);
  const baseline = await request.get("/api/v1/baseline?branch=main", { headers: auth });
  expect(baseline.status()).toBe(200);
  expect((await baseline.json()).scan.commitSha).toBe("3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567");

  expect((await request.post("/api/v1/gate-results", { data: result({}), headers: auth })).status()).toBe(201);
  const planned = result({
    commitSha: "1123456789abcdef0123456789abcdef01234567",
    passed: true,
    report: { rules: [], modules: [{ module: "billing", delta: 25, plannedBy: ["PAY-7 Split classify (Sprint 14, Platform)"] }] },
  });
  expect((await request.post("/api/v1/gate-results", { data: planned, headers: auth })).status()).toBe(201);

  await signIn.signIn(tenant.email, tenant.password);
  await projectPage.goto(tenant.org, tenant.project);
  const gate = new GateCard(page);
  await expect(gate.rows()).toHaveCount(2);
  await expect(gate.rows().nth(0)).toContainText("passed");
  await expect(gate.rows().nth(0)).toContainText("1123456");
  await expect(gate.rows().nth(0)).toContainText("billing: PAY-7 Split classify (Sprint 14, Platform)");
  await expect(gate.rows().nth(1)).toContainText("failed");
  await expect(gate.rows().nth(1)).toContainText("debt-plan");
  await expect(gate.rows().nth(1)).toContainText("+25m");
  await expect(gate.rows().nth(1).getByRole("link", { name: "#42" })).toHaveAttribute("href", "https://github.com/acme/shop/pull/42");
  await expect(gate.card()).toContainText("feature/classify → main");
});
