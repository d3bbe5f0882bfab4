import { randomBytes } from "node:crypto";
import type { Finding, ModuleReport, ScanDocument } from "../ingest/schema";

/*
 * A history backfill writes (and uploads) one document per point: 12 MB of JSON each on
 * SQLAlchemy, 35k findings, nearly all of them the very objects of the previous point (see
 * CloneIdentity and finalizeChecked). Their UTF-8 JSON is kept per object, so a point encodes
 * only what is new and the rest is copied: building and encoding the whole string again cost
 * ~100 ms per point. Findings are never mutated once built, which is what makes the cache sound.
 */
const findingBytes = new WeakMap<Finding, Buffer>();

/** Stands for an array while the rest of its owner is stringified; unguessable per process. */
const MARK_JSON = JSON.stringify(`\u0000paydown-part:${randomBytes(12).toString("hex")}`);
const COMMA = Buffer.from(",");
const OPEN = Buffer.from("[");
const CLOSE = Buffer.from("]");

function findingJson(f: Finding): Buffer {
  let bytes = findingBytes.get(f);
  if (bytes === undefined) findingBytes.set(f, (bytes = Buffer.from(JSON.stringify(f))));
  return bytes;
}

/** `owner` as JSON with the array under `key` written by `items`, in place, into `out`. */
function withArray<T>(owner: object, key: string, list: readonly T[], item: (x: T, out: Buffer[]) => void, out: Buffer[]): void {
  const shell = JSON.stringify({ ...owner, [key]: JSON.parse(MARK_JSON) });
  const at = shell.lastIndexOf(MARK_JSON);
  out.push(Buffer.from(shell.slice(0, at)), OPEN);
  list.forEach((x, i) => {
    if (i > 0) out.push(COMMA);
    item(x, out);
  });
  out.push(CLOSE, Buffer.from(shell.slice(at + MARK_JSON.length)));
}

function moduleJson(m: ModuleReport, out: Buffer[]): void {
  withArray(m, "findings", m.findings, (f, o) => o.push(findingJson(f)), out);
}

/** Exactly the UTF-8 bytes of JSON.stringify(doc), reusing the bytes of findings seen before. */
export function serializeDocument(doc: ScanDocument): Buffer {
  const out: Buffer[] = [];
  withArray(doc, "modules", doc.modules, moduleJson, out);
  return Buffer.concat(out);
}
