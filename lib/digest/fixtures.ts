// Fixtures for the digest's integration tests (imported by *.integration.test.ts only).
import { CLI_ACTOR } from "@/lib/audit/schema";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { orgWithProject } from "@/test/fixtures";
import { createSubscription, type SubscriptionInput } from "./mutations";

/** Monday 2026-11-23 09:00 UTC: a Monday 08:00 digest is due, for week 2026-W47. */
export const MONDAY_9 = new Date("2026-11-23T09:00:00Z");
export const DUE_WEEK = "2026-W47";

/** acme/shop with a scan in week 46 and one in week 47 in which billing's coverage fell. */
export async function shopWithTwoWeeks() {
  const { orgId, projectId } = await orgWithProject();
  const before = sampleScanDocument("1111111111111111111111111111111111111111");
  before.scannedAt = "2026-11-10T09:00:00Z";
  const after = sampleScanDocument("2222222222222222222222222222222222222222");
  after.scannedAt = "2026-11-18T09:00:00Z";
  after.modules[0].test!.coverage!.coveredLines = 1100;
  for (const doc of [before, after]) await ingestScan({ orgId, projectId }, scanDocumentSchema.parse(doc), DEFAULT_DEBT_MODEL);
  return { orgId, projectId };
}

export function subscribe(orgId: string, input: Partial<SubscriptionInput> & Pick<SubscriptionInput, "channel" | "target">) {
  return createSubscription(CLI_ACTOR, orgId, { projectId: null, teamId: null, weekday: 1, hour: 8, ...input }, "test");
}
