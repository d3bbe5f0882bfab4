import { findingSchema, scanDocumentSchema, type Finding, type ScanDocument } from "../ingest/schema";
import type { Clone } from "./duplication/detect-clones";
import { cloneFinding, compareFindings, complexFunctionFinding, finalFinding, finalizeFindings, numberFindings, undocumentedFinding, type FindingInput } from "./findings";
import { fastFinding } from "./finding-check";
import type { FileAnalysis } from "./types";
import { mapObjects, objectArray } from "./object-array";

/** A file's complexity and docs findings, finalized (fingerprints, `#n` repeats) and validated. */
export interface FileFindings {
  threshold: number;
  complexity: Finding[];
  undocumented: Finding[];
}

/*
 * Keyed by the analysis object: in a history backfill an unchanged file's analysis comes from the
 * blob cache as the same object at every point, so its findings are built, hashed and validated
 * once instead of once per point. Weak, so evicted analyses take their findings with them.
 */
const byAnalysis = new WeakMap<FileAnalysis, FileFindings>();
/** Findings that passed findingSchema (as parsed, so defaults are filled and nothing is extra). */
const validated = new WeakSet<Finding>();

/**
 * Per-file findings are final on their own: a fingerprint's base hashes category, kind, file and
 * symbol, so its repeats (`#2`, `#3`) can only be in the same file and kind, and numbering them
 * in line order within the file is what module-wide numbering in line order gives.
 */
export function fileFindings(f: FileAnalysis, threshold: number, reuse: boolean): FileFindings {
  const hit = reuse ? byAnalysis.get(f) : undefined;
  if (hit && hit.threshold === threshold) return hit;
  const complexity = objectArray<FindingInput>();
  for (const fn of f.functions) if (fn.ccn > threshold) complexity.push(complexFunctionFinding(f.path, fn, threshold));
  const undocumented = objectArray<FindingInput>();
  for (const s of f.symbols) if (!s.documented) undocumented.push(undocumentedFinding(f.path, s));
  const entry = { threshold, complexity: checkedAll(finalizeFindings(complexity), reuse), undocumented: checkedAll(finalizeFindings(undocumented), reuse) };
  if (reuse) byAnalysis.set(f, entry);
  return entry;
}

/** Both sides' finding inputs of a clone, built once per clone object (see CloneIdentity). */
const cloneInputs = new WeakMap<Clone, { a?: FindingInput; b?: FindingInput }>();

/** cloneFinding, the same object for the same clone object and side when reusing. */
export function cloneFindingInput(clone: Clone, side: "a" | "b", reuse: boolean): FindingInput {
  if (!reuse) return cloneFinding(clone, side);
  let sides = cloneInputs.get(clone);
  if (!sides) cloneInputs.set(clone, (sides = {}));
  return (sides[side] ??= cloneFinding(clone, side));
}

/**
 * Final, checked findings per input object and fingerprint: an input seen again costs a lookup.
 * An input is nearly always numbered one way, so it keeps that one finding, and a Map only when
 * a second fingerprint comes (a Map per input was a steady share of a backfill's allocations).
 */
const finalByInput = new WeakMap<FindingInput, Finding | Map<string, Finding>>();

/**
 * finalizeFindings, then checkedFinding. With reuse, an input object numbered with the same
 * fingerprint as before yields the finding it yielded then, with no key built or schema run.
 */
export function finalizeChecked(findings: FindingInput[], reuse: boolean): Finding[] {
  if (!reuse) return checkedAll(finalizeFindings(findings), false);
  return mapObjects(numberFindings(findings), ([input, fp]) => reusedFinal(input, fp));
}

/** checkedFinding of each, into an array of the one elements kind (see object-array.ts). */
function checkedAll(findings: readonly Finding[], reuse: boolean): Finding[] {
  return mapObjects(findings, (f) => checkedFinding(f, reuse));
}

/** The final, checked finding of `input` numbered `fp`: the one built before for the same pair. */
export function reusedFinal(input: FindingInput, fp: string): Finding {
  const known = finalByInput.get(input);
  if (known instanceof Map) {
    const hit = known.get(fp);
    if (hit) return hit;
  } else if (known?.fingerprint === fp) return known;
  const checked = checkedFinding(finalFinding(input, fp), true);
  if (known === undefined) finalByInput.set(input, checked);
  else if (known instanceof Map) known.set(fp, checked);
  else finalByInput.set(input, new Map([[known.fingerprint!, known], [fp, checked]]));
  return checked;
}

/**
 * Per module name, the last findings built and what they were built from (history backfill),
 * by either path: moduleFindings, or blockFindings (finding-blocks.ts).
 */
const lastModule = new Map<string, { inputs: FindingInput[]; files: Finding[][]; findings: Finding[] }>();

/** The module's last findings when its inputs and per-file lists are the very objects of the last call. */
export function unchangedFindings(name: string, inputs: FindingInput[], files: Finding[][]): Finding[] | undefined {
  const last = lastModule.get(name);
  return last && sameItems(last.inputs, inputs) && sameItems(last.files, files) ? last.findings : undefined;
}

/** Records what a module's findings were built from, for unchangedFindings. */
export function rememberFindings(name: string, inputs: FindingInput[], files: Finding[][], findings: Finding[]): void {
  lastModule.set(name, { inputs, files, findings });
}

/** Whether two arrays hold the very same objects in the same order. */
export function sameItems<T>(x: readonly T[], y: readonly T[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * A module's findings: its own inputs finalized and checked, and its files' findings, in finding
 * order. With reuse, a module whose inputs and per-file lists are the very objects of the last
 * call gets the last call's array back: most modules of a history point did not change, and
 * numbering and sorting their ~35k findings again cost ~60 ms per SQLAlchemy point.
 */
export function moduleFindings(name: string, inputs: FindingInput[], files: Finding[][], reuse: boolean): Finding[] {
  const last = reuse ? unchangedFindings(name, inputs, files) : undefined;
  if (last) return last;
  // Stable sort: each file's list is in order already, and ties only arise within one list.
  const findings = [...finalizeChecked(inputs, reuse), ...files.flat()].sort(compareFindings);
  if (reuse) rememberFindings(name, inputs, files, findings);
  return findings;
}

/**
 * The finding as findingSchema parses it. With reuse (history backfill), a finding checked before
 * is returned as is; a single scan skips the bookkeeping, which would only cost time there.
 * (A content key per finding, to hand back an equal finding parsed for the last document, was
 * dropped: one in eleven found one over SQLAlchemy's 52 points, and with the check no longer
 * going through zod the key cost more than it saved.)
 */
export function checkedFinding(f: Finding, reuse: boolean): Finding {
  if (reuse && validated.has(f)) return f;
  let data = fastFinding(f);
  if (!data) {
    const parsed = findingSchema.safeParse(f);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`internal error: scan document invalid at finding ${f.kind} ${f.file ?? ""} ${issue.path.join(".")}: ${issue.message}`);
    }
    data = parsed.data;
  }
  if (reuse) validated.add(data);
  return data;
}

/**
 * Same result as scanDocumentSchema.parse(doc) for a document whose findings all come from
 * checkedFinding (or fileFindings, which uses it): the document without its findings goes through
 * the schema (modules, metrics, the duplicate-name check), and the findings, already parsed with
 * findingSchema, which is what the schema applies to each element of `findings`, are put back.
 * A history backfill's 35k findings per point are then mostly not re-validated, and a single scan
 * costs the same as before.
 */
export function validateDocument(doc: ScanDocument): ScanDocument {
  const bare = { ...doc, modules: doc.modules.map((m) => ({ ...m, findings: [] })) };
  const parsed = scanDocumentSchema.safeParse(bare);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`internal error: scan document invalid at ${issue.path.join(".")}: ${issue.message}`);
  }
  parsed.data.modules.forEach((m, i) => {
    m.findings = doc.modules[i]!.findings;
  });
  return parsed.data;
}
