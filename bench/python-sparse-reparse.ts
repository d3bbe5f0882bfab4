#!/usr/bin/env node
/**
 * The sparse reparse (lib/scan/analyze/sparse-parse.ts) against a fresh analysis, over the real
 * changed Python files of a weekly backfill's points: each version after the previous one,
 * analysed both ways on one thread (docs/benchmarks.md). Prints the source parsed, the versions
 * that fell back to a whole parse, and the time of each way (walk and public API included).
 *
 *   node --import tsx bench/python-sparse-reparse.ts /tmp/repos/sqlalchemy [52w] [1w]
 */
import { execFileSync } from "node:child_process";
import { initAnalyzer, readyParser } from "../lib/scan/analyze/grammars";
import { analyzeRetaining } from "../lib/scan/analyze/incremental";
import { includedRanges, planSparse } from "../lib/scan/analyze/sparse-parse";
import { textEdits } from "../lib/scan/analyze/text-diff";
import { firstParentCommits, parseDuration, selectHistoryPoints } from "../lib/scan/history";

const [repo = "/tmp/repos/sqlalchemy", span = "52w", every = "1w"] = process.argv.slice(2);
await initAnalyzer(["python"]);
const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
const points = selectHistoryPoints(await firstParentCommits(repo, "HEAD"), parseDuration(span, "--history"), parseDuration(every, "--every"));
const classTypes = new Set(["class_definition", "decorated_definition"].map((t) => readyParser("python").language.idForNodeType(t, true)!));

let files = 0, bytes = 0, parsed = 0, fallbacks = 0, sparseMs = 0, freshMs = 0;
for (let k = 1; k < points.length; k++) {
  const [from, to] = [points[k - 1]!.sha, points[k]!.sha];
  for (const path of git("diff", "--name-only", "--diff-filter=M", from, to, "--", "*.py").split("\n").filter(Boolean)) {
    const before = git("show", `${from}:${path}`);
    const after = git("show", `${to}:${path}`);
    const previous = analyzeRetaining(path, before, "python", undefined, true).retained;
    // A version with a syntax error is never retained: its successor is parsed whole either way.
    if (!previous) continue;
    files++;
    bytes += after.length;
    const plan = planSparse(previous.memo!, textEdits(before, after), before, after, classTypes);
    parsed += (includedRanges(after, plan.spans, plan.starts) ?? []).reduce((n, r) => n + r.endIndex - r.startIndex, 0);
    let t = performance.now();
    const sparse = analyzeRetaining(path, after, "python", previous, true);
    sparseMs += performance.now() - t;
    if (!sparse.spliced) fallbacks++;
    t = performance.now();
    analyzeRetaining(path, after, "python", undefined, true);
    freshMs += performance.now() - t;
  }
}
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(`${points.length} points, ${files} changed file versions, ${mb(bytes)} MB`);
console.log(`sparse: ${mb(parsed)} MB parsed, ${fallbacks} parsed whole, ${(sparseMs / 1000).toFixed(2)} s`);
console.log(`fresh: ${(freshMs / 1000).toFixed(2)} s (${(freshMs / sparseMs).toFixed(1)}x)`);
