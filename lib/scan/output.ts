import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import type { ScanDocument } from "../ingest/schema";
import type { CliArgs } from "./cli-args";
import { ScanError } from "./config";
import { describeUpload, uploadScan } from "./upload";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function defaultThreads(args: CliArgs): number {
  return args.threads ?? Math.max(1, availableParallelism());
}

export async function upload(doc: ScanDocument, args: CliArgs, io: CliIo, json?: Uint8Array): Promise<void> {
  const res = await uploadScan(doc, {
    json,
    url: args.upload!,
    token: args.token!,
    onRetry: (attempt, reason, delay) => io.stderr(`upload attempt ${attempt} failed (${reason}); retrying in ${delay / 1000}s\n`),
  });
  io.stderr(`${describeUpload(res)}\n`);
}

/** Writes to a file (parent directories created) or to stdout for "-"; pieces are written in order. */
export async function writeOutput(target: string, text: string | Uint8Array | readonly Uint8Array[], io: CliIo): Promise<void> {
  if (target === "-") {
    io.stdout(typeof text === "string" ? text : Buffer.concat(Array.isArray(text) ? text : [text as Uint8Array]).toString("utf8"));
    return;
  }
  const file = resolve(io.cwd, target);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (err) {
    throw new ScanError(`cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
