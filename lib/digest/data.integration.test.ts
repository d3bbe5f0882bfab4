import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listRecentDeliveries, listSubscriptions } from "./data";
import { shopWithTwoWeeks, subscribe } from "./fixtures";

describe("the settings page's lists", () => {
  it("keep every unsent delivery in sight however many were sent since, newest first", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    const sub = await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/a" });
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000);
    await prisma.digestDelivery.create({ data: { orgId, subscriptionId: sub.id, week: "2025-W40", status: "failed", attempts: 8, lastError: "boom", createdAt: at(0) } });
    await prisma.digestDelivery.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({ orgId, subscriptionId: sub.id, week: `2026-W${String(i + 1).padStart(2, "0")}`, status: "sent" as const, attempts: 1, createdAt: at(i + 1) })),
    });
    const rows = await listRecentDeliveries(orgId);
    expect(rows).toHaveLength(31);
    expect(rows[0].week).toBe("2026-W40");
    expect(rows.at(-1)).toMatchObject({ week: "2025-W40", status: "failed", lastError: "boom" });
  });

  it("name what each subscription covers, and show a deleted project as gone, only within the org", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    const other = await prisma.organization.create({ data: { slug: "other", name: "Other" } });
    await subscribe(orgId, { projectId, channel: "email", target: "ana@acme.test" });
    await subscribe(orgId, { projectId: "gone", channel: "email", target: "lee@acme.test" });
    await subscribe(other.id, { projectId, channel: "email", target: "spy@other.test" });
    const { subscriptions } = await listSubscriptions(orgId);
    expect(subscriptions.map((s) => [s.target, s.scope?.slug ?? null])).toEqual([
      ["ana@acme.test", "shop"],
      ["lee@acme.test", null],
    ]);
  });
});
