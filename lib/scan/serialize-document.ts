import { randomBytes } from "node:crypto";
import type { Finding, ModuleReport, ScanDocument } from "../ingest/schema";
import { sameItems } from "./file-findings";

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

/** A finding's JSON, encoded once per finding object. */
function findingJson(f: Finding): Buffer {
  let bytes = findingBytes.get(f);
  if (bytes === undefined) findingBytes.set(f, (bytes = Buffer.from(JSON.stringify(f))));
  return bytes;
}

/**
 * The findings' JSON, comma-separated, without brackets, as one buffer: the bytes of each
 * finding seen before are copied, and only new ones are encoded. A run that a backfill point
 * builds again mostly holds findings it had before (three in four over SQLAlchemy's 52 points, as
 * carried clone detection keeps unchanged clones' objects); encoding the whole run again from one
 * joined string cost more.
 */
export function findingsJoined(findings: readonly Finding[]): Buffer {
  return Buffer.concat(findingsPieces(findings));
}

/** `owner` as JSON, the array under `key` written by `items` (without its brackets), into `out`. */
function withArray(owner: object, key: string, items: (out: Buffer[]) => void, out: Buffer[]): void {
  const shell = JSON.stringify({ ...owner, [key]: JSON.parse(MARK_JSON) });
  const at = shell.lastIndexOf(MARK_JSON);
  out.push(Buffer.from(shell.slice(0, at)), OPEN);
  items(out);
  out.push(CLOSE, Buffer.from(shell.slice(at + MARK_JSON.length)));
}

/*
 * Most modules' findings are the same objects, in the same order, as at the previous point:
 * their pieces are reused whole, keyed by module name (one entry per module, the latest). Pieces,
 * not one joined buffer: joining ~17k per changed module per point cost more than writing them.
 */
const lastFindings = new Map<string, { findings: readonly Finding[]; parts: Buffer[] }>();

/** Pieces of a findings array built with them (see finding-blocks.ts), keyed by the array. */
const knownParts = new WeakMap<readonly Finding[], Buffer[]>();

/** Records that `findings` serializes (without brackets) as `parts`, which must hold exactly that. */
export function registerFindingsParts(findings: readonly Finding[], parts: Buffer[]): void {
  knownParts.set(findings, parts);
}

/** The findings' JSON, comma-separated, without brackets, in pieces. */
export function findingsPieces(findings: readonly Finding[]): Buffer[] {
  const parts: Buffer[] = [];
  findings.forEach((f, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(findingJson(f));
  });
  return parts;
}

function findingsParts(m: ModuleReport): Buffer[] {
  const known = knownParts.get(m.findings);
  if (known) return known;
  const last = lastFindings.get(m.name);
  if (last && sameItems(last.findings, m.findings)) return last.parts;
  const parts = findingsPieces(m.findings);
  lastFindings.set(m.name, { findings: m.findings, parts });
  return parts;
}

function moduleJson(m: ModuleReport, out: Buffer[]): void {
  withArray(m, "findings", (o) => {
    for (const part of findingsParts(m)) o.push(part);
  }, out);
}

/** Exactly the UTF-8 bytes of JSON.stringify(doc), reusing the bytes of findings seen before. */
export function serializeDocument(doc: ScanDocument): Buffer {
  return Buffer.concat(serializeDocumentParts(doc));
}

/**
 * The same bytes in pieces, to be written one after the other: a point's file is written
 * without first copying its 12 MB into one buffer.
 */
export function serializeDocumentParts(doc: ScanDocument): Buffer[] {
  const out: Buffer[] = [];
  withArray(
    doc,
    "modules",
    (o) =>
      doc.modules.forEach((m, i) => {
        if (i > 0) o.push(COMMA);
        moduleJson(m, o);
      }),
    out,
  );
  return out;
}
