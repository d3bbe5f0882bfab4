import { describe, expect, it } from "vitest";
import { smtpConfigFromEnv, smtpEnvProblems } from "./smtp-config";

const FROM = "Paydown <paydown@example.com>";

describe("smtpConfigFromEnv", () => {
  it("is off when nothing is set", () => {
    expect(smtpConfigFromEnv({})).toEqual({ config: null });
    expect(smtpEnvProblems({ PAYDOWN_SMTP_FROM: FROM })).toEqual([]);
  });

  it("reads a URL with credentials, decoding them, and defaults the port by scheme", () => {
    expect(smtpConfigFromEnv({ PAYDOWN_SMTP_URL: "smtp://me%40x.com:p%3Ass@mail.example.com:2525", PAYDOWN_SMTP_FROM: FROM }).config).toEqual({
      host: "mail.example.com",
      port: 2525,
      secure: false,
      auth: { user: "me@x.com", pass: "p:ss" },
      from: FROM,
    });
    expect(smtpConfigFromEnv({ PAYDOWN_SMTP_URL: "smtps://mail.example.com", PAYDOWN_SMTP_FROM: "a@b.c" }).config).toMatchObject({ port: 465, secure: true, auth: undefined });
    expect(smtpConfigFromEnv({ PAYDOWN_SMTP_URL: "smtp://mail.example.com", PAYDOWN_SMTP_FROM: "a@b.c" }).config).toMatchObject({ port: 587, secure: false });
  });

  it("reads the separate variables", () => {
    const env = { PAYDOWN_SMTP_HOST: "127.0.0.1", PAYDOWN_SMTP_PORT: "2525", PAYDOWN_SMTP_USER: "u", PAYDOWN_SMTP_PASS: "p", PAYDOWN_SMTP_FROM: FROM };
    expect(smtpConfigFromEnv(env).config).toEqual({ host: "127.0.0.1", port: 2525, secure: false, auth: { user: "u", pass: "p" }, from: FROM });
    expect(smtpConfigFromEnv({ PAYDOWN_SMTP_HOST: "h", PAYDOWN_SMTP_SECURE: "true", PAYDOWN_SMTP_FROM: FROM }).config).toMatchObject({ port: 465, secure: true });
  });

  it("says what is wrong with unusable settings", () => {
    expect(smtpEnvProblems({ PAYDOWN_SMTP_URL: "http://x", PAYDOWN_SMTP_FROM: FROM })[0]).toMatch(/smtp:\/\//);
    expect(smtpEnvProblems({ PAYDOWN_SMTP_URL: "not a url", PAYDOWN_SMTP_FROM: FROM })[0]).toMatch(/not a URL/);
    expect(smtpEnvProblems({ PAYDOWN_SMTP_HOST: "h" })[0]).toMatch(/PAYDOWN_SMTP_FROM is not set/);
    expect(smtpEnvProblems({ PAYDOWN_SMTP_HOST: "h", PAYDOWN_SMTP_FROM: "nobody" })[0]).toMatch(/not an address/);
    expect(smtpEnvProblems({ PAYDOWN_SMTP_HOST: "h", PAYDOWN_SMTP_PORT: "99999", PAYDOWN_SMTP_FROM: FROM })[0]).toMatch(/PAYDOWN_SMTP_PORT/);
    expect(smtpEnvProblems({ PAYDOWN_SMTP_HOST: "h", PAYDOWN_SMTP_USER: "u", PAYDOWN_SMTP_FROM: FROM })[0]).toMatch(/go together/);
    expect(smtpConfigFromEnv({ PAYDOWN_SMTP_HOST: "h", PAYDOWN_SMTP_USER: "u", PAYDOWN_SMTP_FROM: FROM }).config).toBeNull();
  });
});
