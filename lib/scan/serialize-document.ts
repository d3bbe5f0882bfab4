import { randomBytes } from "node:crypto";
import type { Finding, ModuleReport, ScanDocument } from "../ingest/schema";

/*
 * A history backfill writes (and uploads) one document per point: 12 MB of JSON each on
 * SQLAlchemy, 35k findings, nearly all of them the very objects of the previous point (see
 * CloneIdentity and finalizeChecked). Their JSON is kept per object, so a point stringifies only
 * what is new. Findings are never mutated once built, which is what makes the cache sound.
 */
const findingJson = new WeakMap<Finding, string>();

/** Stands for a module's findings while the rest of it is stringified; unguessable per process. */
const MARK = `\u0000paydown-findings:${randomBytes(12).toString("hex")}`;
const MARK_JSON = JSON.stringify(MARK);

function findingText(f: Finding): string {
  let text = findingJson.get(f);
  if (text === undefined) findingJson.set(f, (text = JSON.stringify(f)));
  return text;
}

function moduleText(m: ModuleReport): string {
  const shell = JSON.stringify({ ...m, findings: MARK });
  const at = shell.lastIndexOf(MARK_JSON);
  return `${shell.slice(0, at)}[${m.findings.map(findingText).join(",")}]${shell.slice(at + MARK_JSON.length)}`;
}

/** Exactly JSON.stringify(doc), reusing the JSON of findings serialised before. */
export function serializeDocument(doc: ScanDocument): string {
  const shell = JSON.stringify({ ...doc, modules: MARK });
  const at = shell.lastIndexOf(MARK_JSON);
  return `${shell.slice(0, at)}[${doc.modules.map(moduleText).join(",")}]${shell.slice(at + MARK_JSON.length)}`;
}
