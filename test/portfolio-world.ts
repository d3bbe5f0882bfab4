import { prisma } from "@/lib/db/client";
import { createProjectWithToken } from "@/lib/auth/mutations";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { orgWithProject } from "./fixtures";

// An organization with several projects scanned at different dates, a project never scanned,
// teams with sprints, and a second tenant whose data must never show: the portfolio's fixture.

export const NOW = new Date("2026-11-21T12:00:00Z");

let shaCounter = 0;
const sha = () => (++shaCounter).toString(16).padStart(40, "a");

/** The sample document at a date, its billing function at `ccn` (debt 10 + 5 × (ccn − 10) minutes), optionally with an extra module. */
export function docAt(scannedAt: string, ccn: number, extra?: { name: string; ccn: number }) {
  const doc = sampleScanDocument(sha());
  doc.scannedAt = scannedAt;
  doc.commit.committedAt = scannedAt;
  const billing = doc.modules[0];
  billing.findings = (billing.findings ?? []).map((f) => (f.kind === "complex-function" ? { ...f, value: ccn } : f));
  if (extra) {
    doc.modules.push({
      ...structuredClone(doc.modules[1]),
      name: extra.name,
      path: `src/${extra.name}`,
      findings: [{ category: "complexity", kind: "complex-function", file: `src/${extra.name}/x.py`, startLine: 1, endLine: 9, symbol: "f", value: extra.ccn, threshold: 10 }],
    });
  }
  return scanDocumentSchema.parse(doc);
}

export async function ingestAt(orgId: string, projectId: string, scannedAt: string, ccn: number, extra?: { name: string; ccn: number }) {
  return ingestScan({ orgId, projectId }, docAt(scannedAt, ccn, extra), DEFAULT_DEBT_MODEL);
}

export async function portfolioWorld() {
  const { orgId, userId, projectId: shopId } = await orgWithProject("acme", "shop");
  const { project: web } = await createProjectWithToken({ orgId, slug: "web", name: "Web" });
  const { project: api } = await createProjectWithToken({ orgId, slug: "api", name: "API" });
  // shop: W43, twice in W45, W47 (the latest has an extra, very indebted module "legacy").
  await ingestAt(orgId, shopId, "2026-10-20T09:00:00Z", 20);
  await ingestAt(orgId, shopId, "2026-11-02T09:00:00Z", 30);
  await ingestAt(orgId, shopId, "2026-11-05T09:00:00Z", 40);
  await ingestAt(orgId, shopId, "2026-11-16T09:00:00Z", 50, { name: "legacy", ccn: 300 });
  // web: W46 only, with an extra module "old".
  await ingestAt(orgId, web.id, "2026-11-10T09:00:00Z", 25, { name: "old", ccn: 200 });
  // api: never scanned. Another tenant with a huge project that must not count.
  const other = await orgWithProject("other", "huge");
  await ingestAt(other.orgId, other.projectId, "2026-11-15T09:00:00Z", 500, { name: "monster", ccn: 999 });

  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const platform = await prisma.team.create({
    data: { orgId, slug: "platform", name: "Platform", projects: { create: { orgId, projectId: shopId } } },
  });
  const s1 = await prisma.sprint.create({ data: { orgId, teamId: platform.id, name: "S1", startDate: day("2026-10-19"), endDate: day("2026-11-01"), budgetTarget: 0.2 } });
  const s2 = await prisma.sprint.create({ data: { orgId, teamId: platform.id, name: "S2", startDate: day("2026-11-02"), endDate: day("2026-11-15"), budgetTarget: 0.2 } });
  await prisma.sprint.create({ data: { orgId, teamId: platform.id, name: "S9", startDate: day("2026-12-01"), endDate: day("2026-12-14"), budgetTarget: 0.2 } });
  await prisma.workItem.createMany({
    data: [
      { orgId, sprintId: s1.id, title: "debt", estimate: 2, type: "debt", status: "done" },
      { orgId, sprintId: s1.id, title: "feature", estimate: 8, type: "feature", status: "done" },
      { orgId, sprintId: s2.id, title: "debt", estimate: 5, type: "debt", status: "done" },
      { orgId, sprintId: s2.id, title: "feature", estimate: 5, type: "feature", status: "done" },
    ],
  });
  const webTeam = await prisma.team.create({ data: { orgId, slug: "web-team", name: "Web team", projects: { create: { orgId, projectId: web.id } } } });
  return { orgId, userId, shopId, webId: web.id, apiId: api.id, otherOrgId: other.orgId, platform, webTeam };
}
