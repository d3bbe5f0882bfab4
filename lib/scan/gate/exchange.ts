import { readFile } from "node:fs/promises";
import { gateBaselineSchema, gateResultUploadSchema, type GateBaseline, type GateResultUploadInput } from "../../ingest/schema";
import { serverMessage } from "../upload";
import { GateSetupError } from "./gate-args";

const endpoint = (base: string, path: string) => `${base.replace(/\/+$/, "")}/api/v1/${path}`;

function parseBaseline(raw: unknown, source: string): GateBaseline {
  const parsed = gateBaselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GateSetupError(`${source} is not a Paydown baseline (GET /api/v1/baseline): ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}

export async function readBaselineFile(file: string): Promise<GateBaseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new GateSetupError(`cannot read baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    return parseBaseline(JSON.parse(text), file);
  } catch (err) {
    if (err instanceof GateSetupError) throw err;
    throw new GateSetupError(`invalid JSON in baseline ${file}: ${(err as Error).message}`);
  }
}

/** The latest scan of `branch` with what the gate needs; a missing baseline is a setup error. */
export async function fetchBaseline(server: string, token: string, branch: string): Promise<GateBaseline> {
  const url = `${endpoint(server, "baseline")}?branch=${encodeURIComponent(branch)}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: "application/json" }, signal: AbortSignal.timeout(120_000) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new GateSetupError(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
  const text = await res.text();
  if (!res.ok) throw new GateSetupError(`baseline request failed (HTTP ${res.status}): ${serverMessage(res.status, text)}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new GateSetupError(`baseline from ${url} is not JSON`);
  }
  return parseBaseline(raw, url);
}

/** Posts the result; returns the dashboard's answer or throws with the server's message. */
export async function postGateResult(server: string, token: string, body: GateResultUploadInput): Promise<{ id: string; url?: string }> {
  const payload = gateResultUploadSchema.parse(body);
  const res = await fetch(endpoint(server, "gate-results"), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${serverMessage(res.status, text)}`);
  return JSON.parse(text) as { id: string; url?: string };
}
