import { mkdir, open, writeFile, type FileHandle } from "node:fs/promises";
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

/** At most IOV_MAX (1024 on Linux) buffers per writev. */
const WRITEV_BATCH = 1024;

/** Pieces written with writev, a batch at a time: writeFile writes an array one piece per call. */
async function writePieces(file: string, pieces: readonly Uint8Array[]): Promise<void> {
  const handle = await open(file, "w");
  try {
    for (let i = 0; i < pieces.length; i += WRITEV_BATCH) {
      const batch = pieces.slice(i, i + WRITEV_BATCH);
      let { bytesWritten } = await handle.writev(batch);
      // A short write (rare on files) leaves the rest of the batch to finish one piece at a time.
      for (const piece of batch) {
        if (bytesWritten >= piece.byteLength) {
          bytesWritten -= piece.byteLength;
          continue;
        }
        await writeAll(handle, piece.subarray(bytesWritten));
        bytesWritten = 0;
      }
    }
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.byteLength; ) at += (await handle.write(bytes, at)).bytesWritten;
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
    if (Array.isArray(text)) await writePieces(file, text);
    else await writeFile(file, text as string | Uint8Array);
  } catch (err) {
    throw new ScanError(`cannot write ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
