#!/usr/bin/env node
/**
 * How much source a history backfill would re-parse at three granularities, over the real changed
 * Python files of a weekly backfill's points (docs/benchmarks.md, "where the incremental time goes"):
 * - today: tree-sitter's incremental reparse of the whole file (timed);
 * - the top-level statements an edit touches, parsed from scratch (timed);
 * - the touched members of classes over 4 KB, else the touched top-level statement (bytes only).
 * One thread, no workers; modified files only (added ones are parsed whole either way).
 *
 *   node --import tsx bench/python-reparse-sim.ts /tmp/repos/sqlalchemy [52w] [1w]
 */
import { execFileSync } from "node:child_process";
import type { Node } from "web-tree-sitter";
import { initAnalyzer, parseText, readyParser } from "../lib/scan/analyze/grammars";
import { treeEdits } from "../lib/scan/analyze/incremental";
import type { TextEdit } from "../lib/scan/analyze/segments";
import { textEdits } from "../lib/scan/analyze/text-diff";
import { firstParentCommits, parseDuration, selectHistoryPoints } from "../lib/scan/history";

const [repo = "/tmp/repos/sqlalchemy", span = "52w", every = "1w"] = process.argv.slice(2);
await initAnalyzer(["python"]);
const { parser } = readyParser("python");
const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
const points = selectHistoryPoints(await firstParentCommits(repo, "HEAD"), parseDuration(span, "--history"), parseDuration(every, "--every"));

const touches = (n: Node, e: TextEdit) => n.endIndex >= e.start && n.startIndex <= e.oldEnd;

/** Bytes of the class members (or top-level statements) the edits touch, each counted once. */
function memberBytes(root: Node, edits: TextEdit[]): number {
  const picked = new Map<number, number>();
  for (const e of edits) {
    let nodes = root.children.filter((c): c is Node => c !== null);
    for (;;) {
      const hit = nodes.filter((c) => touches(c, e));
      const only = hit.length === 1 ? hit[0]! : null;
      const definition = only?.type === "decorated_definition" ? (only.childForFieldName("definition") ?? only) : only;
      const body = definition?.type === "class_definition" && definition.endIndex - definition.startIndex > 4000 ? definition.childForFieldName("body") : null;
      if (body && body.startIndex <= e.start && body.endIndex >= e.oldEnd) {
        nodes = body.children.filter((c): c is Node => c !== null);
        continue;
      }
      for (const c of hit) picked.set(c.id, c.endIndex - c.startIndex);
      break;
    }
  }
  return [...picked.values()].reduce((a, b) => a + b, 0);
}

let files = 0, bytes = 0, incMs = 0, topBytes = 0, topMs = 0, members = 0;
for (let k = 1; k < points.length; k++) {
  const [from, to] = [points[k - 1]!.sha, points[k]!.sha];
  for (const path of git("diff", "--name-only", "--diff-filter=M", from, to, "--", "*.py").split("\n").filter(Boolean)) {
    const before = git("show", `${from}:${path}`);
    const after = git("show", `${to}:${path}`);
    const old = parseText(parser, before);
    if (!old || old.rootNode.hasError) { old?.delete(); continue; }
    const edits = textEdits(before, after);
    members += memberBytes(old.rootNode, edits);
    // The span of top-level statements from the first touched to the last, in the new text.
    const kids = old.rootNode.children.filter((c): c is Node => c !== null);
    const hit = kids.filter((c) => edits.some((e) => touches(c, e)));
    const start = hit.length ? hit[0]!.startIndex : 0;
    const end = (hit.length ? hit[hit.length - 1]!.endIndex : before.length) + (after.length - before.length);
    const region = after.slice(start, Math.max(start, end));
    let t = performance.now();
    for (const edit of treeEdits(before, after, edits)) old.edit(edit);
    const incremental = parseText(parser, after, old);
    incMs += performance.now() - t;
    t = performance.now();
    const fresh = parseText(parser, region);
    topMs += performance.now() - t;
    files++;
    bytes += after.length;
    topBytes += region.length;
    incremental?.delete();
    fresh?.delete();
    old.delete();
  }
}
const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(`${points.length} points, ${files} changed file versions, ${mb(bytes)} MB`);
console.log(`incremental reparse of whole files: ${(incMs / 1000).toFixed(2)} s`);
console.log(`touched top-level statements from scratch: ${mb(topBytes)} MB, ${(topMs / 1000).toFixed(2)} s`);
console.log(`touched class members (classes over 4 KB): ${mb(members)} MB`);
