import { promisify } from "node:util";
import { gzip as gzipCb } from "node:zlib";
import { ScanError } from "./config";

const gzip = promisify(gzipCb);

export interface UploadOptions {
  url: string;
  token: string;
  /** Attempts in total (first try included). */
  attempts?: number;
  /** First backoff delay; doubles each retry. */
  baseDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (attempt: number, reason: string, delayMs: number) => void;
  /** Send the JSON gzip-compressed (default true). */
  gzip?: boolean;
  /** The document as UTF-8 JSON already (history backfill serialises it once for file and upload). */
  json?: Uint8Array;
}

export interface UploadResult {
  status: number;
  created: boolean;
  scan: {
    id?: string;
    modules?: number;
    findings?: number;
    lines?: number;
    url?: string;
    debt?: { ratio?: number; grade?: string; minutes?: { total?: number } };
  };
}

export function scansEndpoint(base: string): string {
  return `${base.replace(/\/+$/, "")}/api/v1/scans`;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function serverMessage(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not our API's JSON (a proxy's HTML page): fall back to the status line.
  }
  return text.trim().slice(0, 200) || `HTTP ${status}`;
}

/**
 * POSTs one scan document, gzip-compressed with `Content-Encoding: gzip`: the server's size limit
 * applies to the bytes sent, and SQLAlchemy's 12.4 MB of JSON compresses to 1.5 MB.
 * Network errors, timeouts and 5xx are retried with exponential backoff (1 s, 2 s, 4 s, ...); a
 * 4xx is the server refusing this document and is never retried, except a 415 to a compressed
 * body (a server or proxy without gzip support), which is sent once more uncompressed. Safe to
 * retry because the server is idempotent per commit.
 */
export async function uploadScan(doc: unknown, opts: UploadOptions): Promise<UploadResult> {
  const attempts = opts.attempts ?? 5;
  const base = opts.baseDelayMs ?? 1000;
  const sleep = opts.sleep ?? defaultSleep;
  const endpoint = scansEndpoint(opts.url);
  const json: string | Uint8Array<ArrayBuffer> = opts.json
    ? new Uint8Array(opts.json.buffer as ArrayBuffer, opts.json.byteOffset, opts.json.byteLength)
    : JSON.stringify(doc);
  // Compressed once: every retry sends the same bytes.
  // zlib's Buffer is typed over ArrayBufferLike, which fetch's BodyInit does not take; it is a
  // plain ArrayBuffer underneath, so viewing it as Uint8Array<ArrayBuffer> copies nothing.
  let body: string | Uint8Array<ArrayBuffer> = json;
  let compressed = false;
  if (opts.gzip !== false) {
    const packed = await gzip(json);
    body = new Uint8Array(packed.buffer as ArrayBuffer, packed.byteOffset, packed.length);
    compressed = true;
  }
  let lastReason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status: number;
    let text: string;
    const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${opts.token}` };
    if (compressed) headers["content-encoding"] = "gzip";
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      lastReason = cause?.code ?? cause?.message ?? (err as Error).message;
      status = 0;
      text = "";
    }
    if (status >= 200 && status < 300) {
      let parsed: { created?: boolean; scan?: UploadResult["scan"] } = {};
      try {
        parsed = JSON.parse(text);
      } catch {
        // A 2xx without our JSON still means stored.
      }
      return { status, created: parsed.created ?? status === 201, scan: parsed.scan ?? {} };
    }
    if (status === 415 && compressed) {
      body = json;
      compressed = false;
      attempt--;
      continue;
    }
    if (status >= 400 && status < 500) {
      throw new ScanError(`upload rejected (HTTP ${status}): ${serverMessage(status, text)}`);
    }
    if (status !== 0) lastReason = `HTTP ${status}: ${serverMessage(status, text)}`;
    if (attempt < attempts) {
      const delay = base * 2 ** (attempt - 1);
      opts.onRetry?.(attempt, lastReason, delay);
      await sleep(delay);
    }
  }
  throw new ScanError(`upload to ${endpoint} failed after ${attempts} attempts: ${lastReason}`);
}

export function describeUpload(r: UploadResult): string {
  const s = r.scan;
  const parts = [r.created ? "uploaded scan" : "scan already stored", s.id ?? "?"];
  if (s.modules != null) parts.push(`${s.modules} modules`);
  if (s.findings != null) parts.push(`${s.findings} findings`);
  if (s.debt?.grade) parts.push(`grade ${s.debt.grade}`);
  if (s.url) parts.push(s.url);
  return parts.join(" · ");
}
