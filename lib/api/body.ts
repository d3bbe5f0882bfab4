import { gunzipSync } from "node:zlib";
import { ApiError } from "./errors";

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

export function maxBodyBytes(): number {
  const fromEnv = Number(process.env.PAYDOWN_MAX_SCAN_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_BODY_BYTES;
}

/** Decompressed bodies may be this many times the limit: scan JSON compresses ~10-20×. */
const MAX_EXPANSION = 10;

function tooLarge(limit: number): ApiError {
  return new ApiError(413, "payload_too_large", `Request body exceeds the limit of ${limit} bytes.`);
}

/**
 * Reads a JSON body while counting bytes, so an oversized upload is refused without
 * buffering all of it, whether or not it declares a Content-Length.
 */
export async function readJsonBody(req: Request, limit = maxBodyBytes()): Promise<unknown> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) throw new ApiError(400, "invalid_json", "Request body is empty; expected JSON.");
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const text = decode(Buffer.concat(chunks), req.headers.get("content-encoding"), limit);
  if (!text.trim()) throw new ApiError(400, "invalid_json", "Request body is empty; expected JSON.");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, "invalid_json", `Request body is not valid JSON: ${(err as Error).message}`);
  }
}

function decode(raw: Buffer, encoding: string | null, limit: number): string {
  const enc = (encoding ?? "identity").trim().toLowerCase();
  if (enc === "identity" || enc === "") return raw.toString("utf8");
  if (enc !== "gzip") {
    throw new ApiError(415, "unsupported_encoding", `Content-Encoding "${enc}" is not supported; send identity or gzip.`);
  }
  try {
    return gunzipSync(raw, { maxOutputLength: limit * MAX_EXPANSION }).toString("utf8");
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ApiError(413, "payload_too_large", `Decompressed body exceeds ${limit * MAX_EXPANSION} bytes.`);
    }
    throw new ApiError(400, "invalid_gzip", `Request body is not valid gzip: ${(err as Error).message}`);
  }
}
