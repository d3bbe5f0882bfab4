import type { Finding } from "../ingest/schema";
import { reusedFinal, sameItems } from "./file-findings";
import { baseFingerprint, numberedFingerprint, type FindingInput } from "./findings";
import { findingsJoined, registerFindingsParts } from "./serialize-document";

/*
 * A module's findings, in finding order (category, kind, file, line), are runs of one category,
 * kind and file: a file's complexity or docs list, or a file's share of the module's own inputs
 * (clone sides, the README finding). A history point changes few runs, so each run keeps its
 * final findings and their JSON from the previous point, and a point touches per unchanged run
 * one identity check instead of sorting, numbering, validating and encoding every finding (the
 * test module of SQLAlchemy holds 27k of them, and changes at nearly every point).
 */

const COMMA = Buffer.from(",");

interface InputRun {
  inputs: FindingInput[];
  /** Each input's repeat number (`#n`, 1 for none): numbering runs across the whole module. */
  repeats: number[];
  findings: Finding[];
  bytes: Buffer;
}

interface Run {
  category: string;
  kind: string;
  file: string;
  inputs?: FindingInput[];
  list?: Finding[];
}

/** Per module, its input runs at the last point, by category, kind and file. */
const lastRuns = new Map<string, Map<string, InputRun>>();
const listBytes = new WeakMap<readonly Finding[], Buffer>();
/** Per module, what it was built from at the last point and the findings it gave. */
const lastModules = new Map<string, { inputs: FindingInput[]; lists: Finding[][]; findings: Finding[] }>();

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A list that is one run (one category, kind and file, lines in order), or null. */
function listRun(list: Finding[]): Run | null {
  const first = list[0]!;
  let line = 0;
  for (const f of list) {
    if (f.category !== first.category || f.kind !== first.kind || f.file !== first.file) return null;
    if ((f.startLine ?? 0) < line) return null;
    line = f.startLine ?? 0;
  }
  return { category: first.category, kind: first.kind, file: first.file ?? "", list };
}

/**
 * What moduleFindings(name, inputs, lists, true) returns, built run by run, with the array's
 * JSON pieces registered for serializeDocument; null when the lists do not split into runs of
 * their own (the caller then takes moduleFindings' path).
 */
export function blockFindings(name: string, inputs: FindingInput[], lists: Finding[][]): Finding[] | null {
  // A module none of whose inputs and lists changed (the very objects, in the same order) gets
  // its last findings back, their JSON pieces still registered: most modules at most points.
  const last = lastModules.get(name);
  if (last && sameItems(last.inputs, inputs) && sameItems(last.lists, lists)) return last.findings;
  const findings = buildBlocks(name, inputs, lists);
  if (findings) lastModules.set(name, { inputs, lists, findings });
  else lastModules.delete(name);
  return findings;
}

function buildBlocks(name: string, inputs: FindingInput[], lists: Finding[][]): Finding[] | null {
  const byKey = new Map<string, Run>();
  const keyOf = (category: string, kind: string, file: string) => `${category}\u0000${kind}\u0000${file}`;
  for (const input of inputs) {
    const key = keyOf(input.category, input.kind, input.file ?? "");
    const run = byKey.get(key);
    if (run) run.inputs!.push(input);
    else byKey.set(key, { category: input.category, kind: input.kind, file: input.file ?? "", inputs: [input] });
  }
  for (const list of lists) {
    if (!list.length) continue;
    const run = listRun(list);
    if (!run) return null;
    const key = keyOf(run.category, run.kind, run.file);
    // Two sources for one run would interleave by line: leave that to the general path.
    if (byKey.has(key)) return null;
    byKey.set(key, run);
  }
  const runs = [...byKey.values()].sort((x, y) => cmp(x.category, y.category) || cmp(x.kind, y.kind) || cmp(x.file, y.file));

  const previous = lastRuns.get(name);
  const kept = new Map<string, InputRun>();
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  const parts: Buffer[] = [];
  for (const run of runs) {
    let runFindings: readonly Finding[];
    let bytes: Buffer;
    if (run.list) {
      runFindings = run.list;
      bytes = listBytes.get(run.list) ?? findingsJoined(run.list);
      listBytes.set(run.list, bytes);
    } else {
      // Stable, as the module-wide sort is: equal lines keep the order the inputs came in.
      const runInputs = run.inputs!.sort((x, y) => (x.startLine ?? 0) - (y.startLine ?? 0));
      const bases = runInputs.map(baseFingerprint);
      const repeats = bases.map((base) => {
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n;
      });
      const key = keyOf(run.category, run.kind, run.file);
      const last = previous?.get(key);
      let current: InputRun;
      if (last && sameItems(last.inputs, runInputs) && sameItems(last.repeats, repeats)) current = last;
      else {
        const built = runInputs.map((input, i) => reusedFinal(input, numberedFingerprint(bases[i]!, repeats[i]!)));
        current = { inputs: runInputs, repeats, findings: built, bytes: findingsJoined(built) };
      }
      kept.set(key, current);
      runFindings = current.findings;
      bytes = current.bytes;
    }
    if (parts.length) parts.push(COMMA);
    parts.push(bytes);
    for (const f of runFindings) findings.push(f);
  }
  lastRuns.set(name, kept);
  registerFindingsParts(findings, parts);
  return findings;
}
