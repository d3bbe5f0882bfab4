import { mapObjects } from "./object-array";
import type { Finding } from "../ingest/schema";
import { rememberFindings, reusedFinal, sameItems, unchangedFindings } from "./file-findings";
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
  category: string;
  kind: string;
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

/** Per module, its input runs at the last point, by file. */
const lastRuns = new Map<string, Map<string, InputRun[]>>();
const listBytes = new WeakMap<readonly Finding[], Buffer>();

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The run of one category and kind among one file's runs. */
function find<R extends { category: string; kind: string }>(runs: readonly R[], category: string, kind: string): R | undefined {
  for (const r of runs) if (r.category === category && r.kind === kind) return r;
  return undefined;
}

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
  const last = unchangedFindings(name, inputs, lists);
  if (last) return last;
  const findings = buildBlocks(name, inputs, lists);
  if (findings) rememberFindings(name, inputs, lists, findings);
  return findings;
}

function buildBlocks(name: string, inputs: FindingInput[], lists: Finding[][]): Finding[] | null {
  // Runs by file, then by category and kind (a file has one or two): no key string per input.
  const byFile = new Map<string, Run[]>();
  const runsOf = (file: string) => {
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    return list;
  };
  for (const input of inputs) {
    const file = input.file ?? "";
    const list = runsOf(file);
    const run = find(list, input.category, input.kind);
    if (run) run.inputs!.push(input);
    else list.push({ category: input.category, kind: input.kind, file, inputs: [input] });
  }
  for (const findings of lists) {
    if (!findings.length) continue;
    const run = listRun(findings);
    if (!run) return null;
    const list = runsOf(run.file);
    // Two sources for one run would interleave by line: leave that to the general path.
    if (find(list, run.category, run.kind)) return null;
    list.push(run);
  }
  const runs: Run[] = [];
  for (const list of byFile.values()) for (const run of list) runs.push(run);
  runs.sort((x, y) => cmp(x.category, y.category) || cmp(x.kind, y.kind) || cmp(x.file, y.file));

  const previous = lastRuns.get(name);
  const kept = new Map<string, InputRun[]>();
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
      const runInputs = run.inputs!.length > 1 ? run.inputs!.sort((x, y) => (x.startLine ?? 0) - (y.startLine ?? 0)) : run.inputs!;
      const bases: string[] = [];
      const repeats: number[] = [];
      for (const input of runInputs) {
        const base = baseFingerprint(input);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        bases.push(base);
        repeats.push(n);
      }
      const before = previous?.get(run.file);
      const last = before && find(before, run.category, run.kind);
      let current: InputRun;
      if (last && sameItems(last.inputs, runInputs) && sameItems(last.repeats, repeats)) current = last;
      else {
        // Of the object kind even when short (see object-array.ts), like the lists of the other branch.
        const built = mapObjects(runInputs, (input, i) => reusedFinal(input, numberedFingerprint(bases[i]!, repeats[i]!)));
        current = { category: run.category, kind: run.kind, inputs: runInputs, repeats, findings: built, bytes: findingsJoined(built) };
      }
      let keptHere = kept.get(run.file);
      if (!keptHere) kept.set(run.file, (keptHere = []));
      keptHere.push(current);
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
