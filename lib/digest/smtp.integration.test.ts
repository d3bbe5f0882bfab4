import { createServer, type AddressInfo, type Server } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { DUE_WEEK, MONDAY_9, shopWithTwoWeeks, subscribe } from "./fixtures";
import { runDigests } from "./run";

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * Just enough of an SMTP server (RFC 5321) for nodemailer: greeting, EHLO/HELO, MAIL, RCPT,
 * DATA, RSET, NOOP, QUIT. `rejectRcpt` answers 550 to every recipient.
 */
function smtpServer(opts: { rejectRcpt?: boolean } = {}) {
  const mails: Received[] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current: Received = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(line + "\r\n");
    reply("220 tiny.test ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.");
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push(current);
          current = { from: "", to: [], data: "" };
          reply("250 2.0.0 queued");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-tiny.test\r\n250-8BITMIME\r\n250 SIZE 10485760");
        else if (verb === "HELO") reply("250 tiny.test");
        else if (verb === "MAIL") {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 2.1.0 ok");
        } else if (verb === "RCPT") {
          if (opts.rejectRcpt) reply("550 5.1.1 no such user");
          else {
            current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
            reply("250 2.1.5 ok");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "RSET" || verb === "NOOP") reply("250 ok");
        else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("502 not implemented");
      }
    });
  });
  return new Promise<{ mails: Received[]; port: number; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({ mails, port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}

/** The decoded body of one MIME part of a message (quoted-printable or base64). */
function part(data: string, type: string): string {
  const boundary = /boundary="?([^"\r\n;]+)"?/.exec(data)![1];
  const chunk = data.split(`--${boundary}`).find((p) => new RegExp(`Content-Type: ${type}`, "i").test(p))!;
  const [head, ...rest] = chunk.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

const env = (port: number) => ({ PAYDOWN_SMTP_HOST: "127.0.0.1", PAYDOWN_SMTP_PORT: String(port), PAYDOWN_SMTP_FROM: "Paydown <digest@paydown.test>", NEXTAUTH_URL: "https://paydown.example.com" });

describe("email digest over SMTP", () => {
  it("sends last week's review to every recipient as text and escaped HTML, and records it sent", async () => {
    const server = await smtpServer();
    close = server.close;
    const { orgId, projectId } = await shopWithTwoWeeks();
    const sub = await subscribe(orgId, { projectId, channel: "email", target: "ana@acme.test, lee@acme.test" });

    const report = await runDigests({ now: MONDAY_9, env: env(server.port) });

    expect(report.created).toBe(1);
    expect(report.outcomes).toEqual([expect.objectContaining({ result: "sent", week: DUE_WEEK, channel: "email" })]);
    expect(server.mails).toHaveLength(1);
    const mail = server.mails[0];
    expect(mail.from).toBe("digest@paydown.test");
    expect(mail.to).toEqual(["ana@acme.test", "lee@acme.test"]);
    expect(mail.data).toMatch(/^Subject: Paydown weekly review: shop, 2026-W47\r$/m);
    expect(mail.data).toMatch(/^To: ana@acme\.test, lee@acme\.test\r$/m);
    expect(mail.data).toMatch(/Content-Type: multipart\/alternative/i);

    const text = part(mail.data, "text/plain");
    expect(text).toMatch(/^Paydown weekly review: shop, 2026-W47\r?\n=+\r?\n/);
    expect(text).not.toMatch(/^# /m); // the review's own title gives way to the digest's
    expect(text).toContain("## Changes");
    expect(text).toContain("billing");
    expect(text).toContain("Open in Paydown: https://paydown.example.com/orgs/acme/projects/shop/review?week=2026-W47");
    const html = part(mail.data, "text/html");
    expect(html).toContain("<h1 style=\"font-size:20px;\">Paydown weekly review: shop, 2026-W47</h1>");
    expect(html).toMatch(/<table[^>]*>[\s\S]*billing[\s\S]*<\/table>/);
    expect(html).toContain('<a href="https://paydown.example.com/orgs/acme/projects/shop/review?week=2026-W47"');

    const delivery = await prisma.digestDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(delivery).toMatchObject({ orgId, week: DUE_WEEK, status: "sent", attempts: 1, lastError: null });
    expect(delivery.sentAt).not.toBeNull();

    // The next pass finds it sent: nothing goes out twice.
    expect((await runDigests({ now: new Date(MONDAY_9.getTime() + 3_600_000), env: env(server.port) })).outcomes).toEqual([]);
    expect(server.mails).toHaveLength(1);
  });

  it("keeps a rejected email for a retry, with the server's answer as the error, and logs it", async () => {
    const server = await smtpServer({ rejectRcpt: true });
    close = server.close;
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "email", target: "nobody@acme.test" });
    const log = { error: vi.fn(), info: vi.fn() };

    const report = await runDigests({ now: MONDAY_9, env: env(server.port), log });

    expect(report.outcomes[0]).toMatchObject({ result: "retry", nextAttemptAt: new Date(MONDAY_9.getTime() + 5 * 60_000) });
    expect(server.mails).toHaveLength(0);
    const delivery = await prisma.digestDelivery.findFirstOrThrow({ where: { orgId } });
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 });
    expect(delivery.lastError).toMatch(/550|no such user|recipient/i);
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/email digest .* \(2026-W47\) to nobody@acme\.test failed \(attempt 1, next at 2026-11-23T09:05:00\.000Z\)/));
  });

  it("fails, logs and keeps the delivery when email is not configured on the server", async () => {
    const { orgId, projectId } = await shopWithTwoWeeks();
    await subscribe(orgId, { projectId, channel: "email", target: "ana@acme.test" });
    const log = { error: vi.fn(), info: vi.fn() };
    const report = await runDigests({ now: MONDAY_9, env: {}, log });
    expect(report.outcomes[0]).toMatchObject({ result: "retry", error: expect.stringContaining("PAYDOWN_SMTP_URL") });
    expect(log.error).toHaveBeenCalledOnce();
    expect(await prisma.digestDelivery.count({ where: { orgId, status: "pending" } })).toBe(1);
  });
});
