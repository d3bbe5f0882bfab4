import { readFile } from "node:fs/promises";
import { git } from "../git";
import { mergeRawFile, newRawFile, type RawFileCoverage } from "../reports/coverage-data";
import { parseCoverageReport } from "../reports/coverage";
import { readReport } from "../reports/read-report";
import type { PathMapper } from "../reports/path-mapper";
import type { LineCoverage } from "./context";
import { parseUnifiedDiff, type FileChange } from "./diff-parse";
import { GateSetupError } from "./gate-args";

/** The branch name a ref stands for on the dashboard: "origin/main" → "main" when origin is a remote. */
export async function targetBranchOf(root: string, baseRef: string): Promise<string> {
  const remotes = (await git(root, ["remote"]).catch(() => "")).split("\n").filter(Boolean);
  let ref = baseRef.replace(/^refs\/(heads|remotes)\//, "");
  for (const r of remotes) {
    if (ref.startsWith(`${r}/`)) {
      ref = ref.slice(r.length + 1);
      break;
    }
  }
  return ref;
}

export async function mergeBase(root: string, baseRef: string): Promise<string> {
  try {
    return (await git(root, ["merge-base", "HEAD", baseRef])).trim();
  } catch (err) {
    const why = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split("\n")[0];
    throw new GateSetupError(
      `cannot find the merge base of HEAD and ${baseRef} (${why || "no common commit"}); fetch the target branch with its history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0) or pass --base-ref`,
    );
  }
}

/**
 * What the working tree changed since the merge base, paths relative to `root` (git diff
 * --relative keeps a scanned subdirectory's paths aligned with the scan document's).
 */
export async function diffSince(root: string, base: string): Promise<FileChange[]> {
  const out = await git(root, [
    "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--relative", "-M", "--unified=0",
    "--src-prefix=a/", "--dst-prefix=b/", base,
  ]);
  return parseUnifiedDiff(out);
}

/** Untracked files are new code too (a CI job may generate none, a local run often has some). */
export async function untrackedFiles(root: string): Promise<string[]> {
  const out = await git(root, ["ls-files", "--others", "--exclude-standard", "-z"]);
  return out.split("\0").filter(Boolean);
}

/** Every line of each untracked file counts as added. */
export async function untrackedChanges(root: string, paths: string[]): Promise<FileChange[]> {
  const out: FileChange[] = [];
  for (const path of paths) {
    const text = await readFile(`${root}/${path}`, "utf8").catch(() => null);
    if (text === null || text.includes("\u0000")) continue;
    const n = text.length === 0 ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    out.push({ path, oldPath: null, status: "added", binary: false, modeChange: null, addedLines: Array.from({ length: n }, (_, i) => i + 1) });
  }
  return out;
}

/** Per-line coverage of repository files, merged over every report with the scanner's union rule. */
export async function readLineCoverage(reportFiles: string[], mapper: PathMapper): Promise<Map<string, LineCoverage>> {
  const merged = new Map<string, RawFileCoverage>();
  for (const file of reportFiles) {
    const { entries } = parseCoverageReport(file, await readReport(file));
    for (const { raw, context } of entries) {
      const path = mapper.map(raw.path, context);
      if (path === null) continue;
      let into = merged.get(path);
      if (!into) merged.set(path, (into = newRawFile(path)));
      mergeRawFile(into, raw);
    }
  }
  const out = new Map<string, LineCoverage>();
  for (const [path, raw] of merged) {
    const covered = new Set<number>();
    for (const [line, hits] of raw.lines) if (hits > 0) covered.add(line);
    out.set(path, { executable: new Set(raw.lines.keys()), covered });
  }
  return out;
}
