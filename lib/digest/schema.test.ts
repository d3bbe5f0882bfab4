import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/auth/action-state";
import { newSubscriptionSchema, parseRecipients } from "./schema";
import { allowLocalHttp, maskWebhookUrl, webhookUrlProblem } from "./webhook-url";

const base = { org: "acme", scope: "project:shop", weekday: "1", hour: "8" };
const strict = newSubscriptionSchema({ allowLocalHttp: false });

describe("new digest form", () => {
  it("normalises the recipients and reads the scope, day and hour", () => {
    const r = strict.parse({ ...base, channel: "email", target: " Ana@Acme.test; lee@acme.test  ana@acme.test ", scope: "team:platform", weekday: "7", hour: "23" });
    expect(r).toEqual({ org: "acme", scope: { kind: "team", slug: "platform" }, channel: "email", target: "ana@acme.test, lee@acme.test", weekday: 7, hour: 23 });
  });

  it("puts each error next to its field", () => {
    const fields = (input: Record<string, string>) => {
      const r = strict.safeParse({ ...base, ...input });
      return r.success ? null : (invalid(r.error) as { fieldErrors: Record<string, string> }).fieldErrors;
    };
    expect(fields({ channel: "email", target: "ana@acme.test, not-an-address" })).toEqual({ target: '"not-an-address" is not an email address.' });
    expect(fields({ channel: "slack", target: "http://hooks.example.com/x" })).toEqual({ target: "The webhook URL must start with https://." });
    expect(fields({ channel: "fax", target: "x" })).toMatchObject({ channel: expect.any(String) });
    expect(fields({ channel: "slack", target: "https://h.test/x", weekday: "8", hour: "24" })).toMatchObject({ weekday: expect.any(String), hour: expect.any(String) });
    expect(fields({ channel: "slack", target: "https://h.test/x", scope: "org:acme" })).toEqual({ scope: "choose a project or a team" });
  });

  it("limits the number of recipients", () => {
    const many = Array.from({ length: 21 }, (_, i) => `u${i}@acme.test`).join(",");
    expect(parseRecipients(many)).toEqual({ ok: false, message: "At most 20 addresses." });
    expect(parseRecipients(" , ")).toEqual({ ok: false, message: "Enter at least one email address." });
  });
});

describe("webhook URLs", () => {
  it("take https anywhere, and http only to this machine when allowed", () => {
    expect(webhookUrlProblem("https://hooks.slack.com/services/T/B/X", { allowLocalHttp: false })).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:9999/hook", { allowLocalHttp: true })).toBeNull();
    expect(webhookUrlProblem("http://localhost/hook", { allowLocalHttp: false })).toMatch(/PAYDOWN_WEBHOOK_ALLOW_LOCAL_HTTP/);
    expect(webhookUrlProblem("http://10.0.0.1/hook", { allowLocalHttp: true })).toMatch(/https/);
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/x", { allowLocalHttp: false })).toMatch(/user name/);
    expect(webhookUrlProblem("hooks.slack.com/services", { allowLocalHttp: false })).toMatch(/full URL/);
    expect(webhookUrlProblem("ftp://hooks.example.com/x", { allowLocalHttp: true })).toMatch(/https/);
  });

  it("allows local http in tests or when the operator opts in", () => {
    expect(allowLocalHttp({ NODE_ENV: "production" })).toBe(false);
    expect(allowLocalHttp({ NODE_ENV: "production", PAYDOWN_WEBHOOK_ALLOW_LOCAL_HTTP: "1" })).toBe(true);
    expect(allowLocalHttp({ NODE_ENV: "test" })).toBe(true);
  });

  it("hide the secret part of the path", () => {
    expect(maskWebhookUrl("https://hooks.slack.com/services/T000/B000/XXXXSECRET")).toBe("https://hooks.slack.com/services/T000/…");
    expect(maskWebhookUrl("https://chat.example.com/hooks/abc")).toBe("https://chat.example.com/hooks/abc");
    expect(maskWebhookUrl("nonsense")).toBe("(invalid URL)");
  });
});
