/**
 * The address a request came from, for rate limiting. Paydown is meant to run behind a
 * reverse proxy that appends the peer address to X-Forwarded-For; PAYDOWN_PROXY_COUNT
 * (default 1) says how many such proxies are in front, so entries a client wrote
 * itself are skipped. Without a proxy, Next.js fills the header from the socket only
 * when the client did not send one, so a client can pick its own key.
 */
export function clientAddress(
  get: (name: string) => string | null | undefined,
  proxyCount = proxyCountFromEnv(process.env.PAYDOWN_PROXY_COUNT),
): string {
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (forwarded.length) return forwarded[Math.max(0, forwarded.length - Math.max(1, proxyCount))];
  return get("x-real-ip")?.trim() || "unknown";
}

export function proxyCountFromEnv(value: string | undefined): number {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : 1;
}

/** Adapts next-auth's plain header objects and fetch Headers to one getter. */
export function headerGetter(headers: Headers | Record<string, unknown> | undefined): (name: string) => string | null {
  if (!headers) return () => null;
  if (typeof (headers as Headers).get === "function") return (n) => (headers as Headers).get(n);
  return (n) => {
    const v = (headers as Record<string, unknown>)[n];
    return Array.isArray(v) ? v.join(", ") : typeof v === "string" ? v : null;
  };
}
