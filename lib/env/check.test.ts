import { describe, expect, it } from "vitest";
import { assertServerEnv, serverEnvProblems } from "./check";

const ok = { DATABASE_URL: "postgresql://u@h/db", NEXTAUTH_SECRET: "x".repeat(32) };

describe("serverEnvProblems", () => {
  it("accepts a complete configuration", () => {
    expect(serverEnvProblems(ok)).toEqual([]);
    expect(serverEnvProblems({ ...ok, NEXTAUTH_URL: "https://paydown.example", GITHUB_ID: "a", GITHUB_SECRET: "b" })).toEqual([]);
  });
  it("names each missing or malformed variable and how to fix it", () => {
    expect(serverEnvProblems({})).toEqual([
      expect.stringContaining("DATABASE_URL is not set"),
      expect.stringContaining("NEXTAUTH_SECRET is not set: generate one with `openssl rand -base64 32`"),
    ]);
    expect(serverEnvProblems({ ...ok, NEXTAUTH_SECRET: "short" })).toEqual([expect.stringContaining("too short")]);
    expect(serverEnvProblems({ ...ok, DATABASE_URL: "mysql://x" })).toEqual([expect.stringContaining("postgresql://")]);
    expect(serverEnvProblems({ ...ok, NEXTAUTH_URL: "not a url" })).toEqual([expect.stringContaining("NEXTAUTH_URL")]);
    expect(serverEnvProblems({ ...ok, GITHUB_ID: "a" })).toEqual([expect.stringContaining("GITHUB_SECRET")]);
    expect(serverEnvProblems({ ...ok, PAYDOWN_API_MAX_FAILURES: "0" })).toEqual([expect.stringContaining("PAYDOWN_API_MAX_FAILURES")]);
    // Email for the weekly digest is optional, but settings given must be usable.
    expect(serverEnvProblems({ ...ok, PAYDOWN_SMTP_URL: "smtp://mail.example" })).toEqual([expect.stringContaining("PAYDOWN_SMTP_FROM")]);
  });
  it("throws one message listing every problem", () => {
    expect(() => assertServerEnv({})).toThrow(/cannot start[\s\S]*DATABASE_URL[\s\S]*NEXTAUTH_SECRET/);
    expect(() => assertServerEnv(ok)).not.toThrow();
  });
});
