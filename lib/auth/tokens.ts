import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "pd_";
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

function randomBody(): string {
  let body = "";
  for (const b of randomBytes(32)) body += ALPHABET[b % ALPHABET.length];
  return body;
}

/** A new project ingest token: shown once, stored only as a hash. */
export function generateToken(): { token: string; prefix: string; hash: string } {
  const token = TOKEN_PREFIX + randomBody();
  return { token, prefix: tokenPrefix(token), hash: hashToken(token) };
}

/** The secret part of an invitation link; stored only as a hash like project tokens. */
export function generateInviteToken(): { token: string; hash: string } {
  const token = "inv_" + randomBody();
  return { token, hash: hashToken(token) };
}

export function tokenPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}
