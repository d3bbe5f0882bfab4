// The email channel's configuration, from the environment only (it holds a password).
// Either PAYDOWN_SMTP_URL (smtp:// or smtps://user:pass@host:port) or the
// PAYDOWN_SMTP_HOST/PORT/USER/PASS/SECURE parts; PAYDOWN_SMTP_FROM is the sender.

type Env = Record<string, string | undefined>;

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

const FROM_SHAPE = /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

function fromEnvUrl(raw: string): Omit<SmtpConfig, "from"> | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "PAYDOWN_SMTP_URL is not a URL; write it as smtp://user:password@host:587.";
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") return "PAYDOWN_SMTP_URL must start with smtp:// or smtps://.";
  if (!url.hostname) return "PAYDOWN_SMTP_URL has no host.";
  const secure = url.protocol === "smtps:";
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const user = decodeURIComponent(url.username);
  return { host: url.hostname, port, secure, auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined };
}

function fromEnvParts(env: Env): Omit<SmtpConfig, "from"> | string {
  const secure = env.PAYDOWN_SMTP_SECURE === "1" || env.PAYDOWN_SMTP_SECURE === "true";
  const port = env.PAYDOWN_SMTP_PORT ? Number(env.PAYDOWN_SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return `PAYDOWN_SMTP_PORT must be a port number, not ${JSON.stringify(env.PAYDOWN_SMTP_PORT)}.`;
  if (Boolean(env.PAYDOWN_SMTP_USER) !== Boolean(env.PAYDOWN_SMTP_PASS)) return "PAYDOWN_SMTP_USER and PAYDOWN_SMTP_PASS go together (or neither).";
  const auth = env.PAYDOWN_SMTP_USER ? { user: env.PAYDOWN_SMTP_USER, pass: env.PAYDOWN_SMTP_PASS ?? "" } : undefined;
  return { host: env.PAYDOWN_SMTP_HOST!, port, secure, auth };
}

/**
 * The SMTP settings, `null` when email is not configured (the channel is off), or the
 * problem that makes the given settings unusable.
 */
export function smtpConfigFromEnv(env: Env): { config: SmtpConfig | null; problem?: string } {
  const raw = env.PAYDOWN_SMTP_URL?.trim();
  if (!raw && !env.PAYDOWN_SMTP_HOST) return { config: null };
  const server = raw ? fromEnvUrl(raw) : fromEnvParts(env);
  if (typeof server === "string") return { config: null, problem: server };
  const from = env.PAYDOWN_SMTP_FROM?.trim();
  if (!from) return { config: null, problem: "PAYDOWN_SMTP_FROM is not set: the digest's sender, e.g. \"Paydown <paydown@example.com>\"." };
  if (!FROM_SHAPE.test(from)) return { config: null, problem: `PAYDOWN_SMTP_FROM is not an address: ${JSON.stringify(from)}.` };
  return { config: { ...server, from } };
}

/** Problems for the start-up check (lib/env/check.ts): only settings given but unusable. */
export function smtpEnvProblems(env: Env): string[] {
  const { problem } = smtpConfigFromEnv(env);
  return problem ? [problem] : [];
}
