import { ApiError } from "./errors";

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

export function maxBodyBytes(): number {
  const fromEnv = Number(process.env.PAYDOWN_MAX_SCAN_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_BODY_BYTES;
}

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
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw new ApiError(400, "invalid_json", "Request body is empty; expected JSON.");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, "invalid_json", `Request body is not valid JSON: ${(err as Error).message}`);
  }
}
