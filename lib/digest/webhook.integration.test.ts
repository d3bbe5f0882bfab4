import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { CLI_ACTOR } from "@/lib/audit/schema";
import { DUE_WEEK, MONDAY_9, shopWithTwoWeeks, subscribe } from "./fixtures";
import { retryDelivery } from "./mutations";
import { runDigests } from "./run";
import { RETRY } from "./schedule";

/** An incoming-webhook endpoint answering each POST with the next status of `statuses` (the last repeats). */
async function webhookServer(statuses: number[], delayMs = 0) {
  const bodies: unknown[] = [];
  let i = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      bodies.push({ contentType: req.headers["content-type"], method: req.method, path: req.url, json: JSON.parse(raw) });
      const status = statuses[Math.min(i++, statuses.length - 1)];
      setTimeout(() => {
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(status === 200 ? "ok" : "internal_error");
      }, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T1/B2/secret`;
  return { bodies, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

const env = { NODE_ENV: "test", NEXTAUTH_URL: "https://paydown.example.com" };
const minutes = (n: number) => new Date(MONDAY_9.getTime() + n * 60_000);

describe("Slack-compatible webhook digest", () => {
  it("retries a 500 after 5 minutes, not before, then sends and records the attempts", async () => {
    const hook = await webhookServer([500, 200]);
    close = hook.close;
    const { orgId, projectId } = await shopWithTwoWeeks();
    const sub = await subscribe(orgId, { projectId, channel: "slack", target: hook.url });
    const log = { error: vi.fn(), info: vi.fn() };

    const first = await runDigests({ now: MONDAY_9, env, log });
    expect(first.outcomes).toEqual([expect.objectContaining({ result: "retry", week: DUE_WEEK, nextAttemptAt: minutes(5), target: "http://127.0.0.1:" + new URL(hook.url).port + "/services/T1/…" })]);
    expect(first.outcomes[0].error).toBe(`webhook http://127.0.0.1:${new URL(hook.url).port}/services/T1/… answered 500: internal_error`);
    // The log names the failure without the webhook's secret path.
    expect(log.error).toHaveBeenCalledOnce();
    expect(log.error.mock.calls[0][0]).not.toContain("secret");
    let delivery = await prisma.digestDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: minutes(5), sentAt: null });
    expect(delivery.lastError).toContain("answered 500");

    // Four minutes later it is not due yet.
    expect((await runDigests({ now: minutes(4), env, log })).outcomes).toEqual([]);
    expect(hook.bodies).toHaveLength(1);

    const second = await runDigests({ now: minutes(5), env, log });
    expect(second.outcomes).toEqual([expect.objectContaining({ result: "sent" })]);
    expect(hook.bodies).toHaveLength(2);
    delivery = await prisma.digestDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(delivery).toMatchObject({ status: "sent", attempts: 2, lastError: null });

    const post = hook.bodies[1] as { contentType: string; method: string; path: string; json: { text: string; blocks: Array<{ type: string; text?: { text: string } }> } };
    expect(post).toMatchObject({ contentType: "application/json", method: "POST", path: "/services/T1/B2/secret" });
    expect(post.json.text).toContain("*Paydown weekly review: shop, 2026-W47*");
    expect(post.json.text).toContain("*Changes*");
    expect(post.json.text).toMatch(/```\nModule\s+Category/);
    expect(post.json.text).toContain("<https://paydown.example.com/orgs/acme/projects/shop/review?week=2026-W47|Open in Paydown>");
    expect(post.json.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Paydown weekly review: shop, 2026-W47" } });
    expect(post.json.blocks.some((b) => b.type === "section" && b.text!.text.includes("billing"))).toBe(true);
  });

  it("marks the delivery failed after the last attempt, keeps it listed, and 'retry now' sends it", async () => {
    const hook = await webhookServer([503]);
    close = hook.close;
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "slack", target: hook.url });
    const log = { error: vi.fn(), info: vi.fn() };

    let now = MONDAY_9;
    for (let attempt = 1; attempt <= RETRY.maxAttempts; attempt++) {
      const { outcomes } = await runDigests({ now, env, log });
      expect(outcomes.map((o) => o.result)).toEqual([attempt < RETRY.maxAttempts ? "retry" : "failed"]);
      now = outcomes[0].nextAttemptAt!;
    }
    expect(hook.bodies).toHaveLength(RETRY.maxAttempts);
    expect(log.error).toHaveBeenLastCalledWith(expect.stringContaining(`gave up after ${RETRY.maxAttempts} attempts`));
    const failed = await prisma.digestDelivery.findFirstOrThrow({ where: { orgId } });
    expect(failed).toMatchObject({ status: "failed", attempts: RETRY.maxAttempts });
    expect(failed.lastError).toContain("answered 503");

    // Failed for good: later passes leave it alone (and do not create a second one for the week).
    expect((await runDigests({ now: minutes(24 * 60), env, log })).outcomes).toEqual([]);

    expect(await retryDelivery(CLI_ACTOR, orgId, failed.id, minutes(24 * 60))).toBe("queued");
    const ok = await webhookServer([200]);
    await close();
    close = ok.close;
    await prisma.digestSubscription.updateMany({ where: { orgId }, data: { target: ok.url } });
    const { outcomes } = await runDigests({ now: minutes(24 * 60), env, log });
    expect(outcomes.map((o) => o.result)).toEqual(["sent"]);
    expect(await prisma.digestDelivery.findFirstOrThrow({ where: { orgId } })).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(await prisma.auditEvent.count({ where: { orgId, action: "digest.retry", target: failed.id } })).toBe(1);
    expect(await retryDelivery(CLI_ACTOR, orgId, failed.id)).toBe("already_sent");
  });

  it("refuses plain http to another host and never sends paused subscriptions", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "slack", target: "http://hooks.example.com/services/x" });
    const paused = await subscribe(orgId, { projectId, channel: "slack", target: "https://hooks.example.com/services/y" });
    await prisma.digestSubscription.updateMany({ where: { id: paused.id }, data: { enabled: false } });
    const log = { error: vi.fn(), info: vi.fn() };
    const { outcomes } = await runDigests({ now: MONDAY_9, env, log });
    expect(outcomes).toEqual([expect.objectContaining({ result: "retry", error: "The webhook URL must start with https://." })]);
    expect(await prisma.digestDelivery.count({ where: { subscriptionId: paused.id } })).toBe(0);
  });
});
