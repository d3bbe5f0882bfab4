import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { DUE_WEEK, MONDAY_9, shopWithTwoWeeks, subscribe } from "./fixtures";
import { runDigests } from "./run";
import type { DigestTransport } from "./transport";

/** A transport that records each send and takes a while, so concurrent runs overlap. */
function slowTransport() {
  const sent: string[] = [];
  const transport: DigestTransport = {
    email: async (_config, message) => {
      await new Promise((r) => setTimeout(r, 200));
      sent.push(`email:${message.to.join(",")}:${message.subject}`);
    },
    webhook: async (url, message) => {
      await new Promise((r) => setTimeout(r, 200));
      sent.push(`webhook:${url}:${message.blocks[0].type}`);
    },
  };
  return { sent, transport };
}

const log = { error: vi.fn(), info: vi.fn() };
const env = { NODE_ENV: "test", PAYDOWN_SMTP_URL: "smtp://127.0.0.1:2525", PAYDOWN_SMTP_FROM: "digest@paydown.test" };

describe("concurrent digest runs", () => {
  it("send each due digest once between them", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/a" });
    await subscribe(orgId, { projectId, channel: "email", target: "ana@acme.test" });
    await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/b", weekday: 2 }); // not due on Monday
    const { sent, transport } = slowTransport();

    const reports = await Promise.all([1, 2, 3].map(() => runDigests({ now: MONDAY_9, env, transport, log })));

    expect(sent.sort()).toEqual(["email:ana@acme.test:Paydown weekly review: shop, 2026-W47", "webhook:https://hooks.example.com/services/a:header"]);
    expect(reports.flatMap((r) => r.outcomes).map((o) => o.result)).toEqual(["sent", "sent"]);
    expect(reports.reduce((n, r) => n + r.created, 0)).toBe(2);
    const rows = await prisma.digestDelivery.findMany({ where: { orgId } });
    expect(rows.map((r) => [r.week, r.status, r.attempts])).toEqual([
      [DUE_WEEK, "sent", 1],
      [DUE_WEEK, "sent", 1],
    ]);
    expect(log.error).not.toHaveBeenCalled();
  });

  it("a dry run renders what is due without writing or sending", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/a/b/c" });
    const { sent, transport } = slowTransport();
    const report = await runDigests({ now: MONDAY_9, env, transport, log, dryRun: true });
    expect(report.outcomes).toEqual([expect.objectContaining({ result: "would-send", week: DUE_WEEK, deliveryId: null, target: "https://hooks.example.com/services/a/…" })]);
    expect(sent).toEqual([]);
    expect(await prisma.digestDelivery.count()).toBe(0);
  });

  it("a subscription whose project was deleted fails visibly instead of vanishing", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/a" });
    await prisma.project.deleteMany({ where: { orgId, id: projectId } });
    const { transport } = slowTransport();
    const { outcomes } = await runDigests({ now: MONDAY_9, env, transport, log });
    expect(outcomes).toEqual([expect.objectContaining({ result: "retry", error: expect.stringContaining("no longer exists") })]);
    expect(await prisma.digestDelivery.count({ where: { orgId, status: "pending", lastError: { not: null } } })).toBe(1);
  });
});
