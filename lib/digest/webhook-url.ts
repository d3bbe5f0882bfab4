// Which incoming-webhook addresses a digest may post to: https only, so the webhook's
// secret path never travels in clear; plain http only to this machine and only where the
// server allows it (tests, a local relay), never to another host.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function webhookUrlProblem(raw: string, opts: { allowLocalHttp: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter the webhook's full URL, e.g. https://hooks.slack.com/services/…";
  }
  if (url.username || url.password) return "The webhook URL must not hold a user name or password.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) {
    return opts.allowLocalHttp ? null : "Plain http is allowed only to localhost when PAYDOWN_WEBHOOK_ALLOW_LOCAL_HTTP=1; use https.";
  }
  return "The webhook URL must start with https://.";
}

/** Whether this server accepts http://localhost webhooks: in tests, or when its operator says so. */
export function allowLocalHttp(env: Record<string, string | undefined>): boolean {
  return env.NODE_ENV === "test" || env.PAYDOWN_WEBHOOK_ALLOW_LOCAL_HTTP === "1";
}

/** The webhook URL with its secret path hidden, for lists, logs and errors. */
export function maskWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const parts = url.pathname.split("/").filter(Boolean);
    const shown = parts.slice(0, 2).join("/");
    return `${url.protocol}//${url.host}/${shown}${parts.length > 2 ? "/…" : ""}`;
  } catch {
    return "(invalid URL)";
  }
}
