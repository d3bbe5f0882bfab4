import { createHash } from "node:crypto";
import { endianness } from "node:os";
import type { TokenStream } from "../types";

const LITTLE_ENDIAN = endianness() === "LE";

/*
 * Per token stream and language, fingerprints already computed, by token range. In a history
 * backfill most clones are found again at the next point in the same, unchanged file: hashing
 * their tokens once per point had cost ~2 s of SHA-256 over SQLAlchemy's 52 points. Weak, so a
 * stream dropped from the analysis cache takes its entries with it.
 */
const known = new WeakMap<TokenStream, Map<string, Map<number, string>>>();

/** Ranges are below 2^26 tokens per file (the window index caps far lower), so this key is exact. */
const SPAN = 2 ** 26;

/**
 * Hex hash of the language and the normalised tokens [from, to) of one occurrence: same
 * content, same fingerprint, wherever it is.
 */
export function cloneFingerprint(language: string, tokens: TokenStream, from: number, to: number): string {
  let byLanguage = known.get(tokens);
  if (!byLanguage) known.set(tokens, (byLanguage = new Map()));
  let byRange = byLanguage.get(language);
  if (!byRange) byLanguage.set(language, (byRange = new Map()));
  const key = from * SPAN + (to - from);
  let fingerprint = byRange.get(key);
  if (fingerprint === undefined) byRange.set(key, (fingerprint = hashTokens(language, tokens.hashes, from, to)));
  return fingerprint;
}

function hashTokens(language: string, tok: Uint32Array, from: number, to: number): string {
  // Little-endian bytes, so the fingerprint does not depend on the platform: on little-endian
  // machines the array's own bytes are those, and are hashed without a copy.
  let buf: Buffer;
  if (LITTLE_ENDIAN) buf = Buffer.from(tok.buffer, tok.byteOffset + from * 4, (to - from) * 4);
  else {
    buf = Buffer.allocUnsafe((to - from) * 4);
    for (let k = from; k < to; k++) buf.writeUInt32LE(tok[k]!, (k - from) * 4);
  }
  return createHash("sha256").update(language).update("\0").update(buf).digest("hex").slice(0, 32);
}
