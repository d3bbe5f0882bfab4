import type { CatFile } from "./git";
import { spawn } from "node:child_process";
import type { TreeLister } from "./git-trees";
import type { Snapshot } from "./analyze-files";
import type { RetainHint } from "./analyze/retainer";
import { ScanError } from "./config";

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, m: 30 * 86_400_000, y: 365 * 86_400_000 };

/** "52w", "90d", "12m" (30-day months), "1y", "36h" -> milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+)\s*([hdwmy])$/i.exec(text.trim());
  if (!m || Number(m[1]) <= 0) throw new ScanError(`${flag}: expected a duration like 52w, 90d, 12m or 1y, got "${text}"`);
  return Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
}

export interface FirstParentCommit {
  sha: string;
  /** Committer time, seconds since the epoch. */
  time: number;
}

export interface HistoryPoint extends FirstParentCommit {
  /** The boundary this point stands for (ms since the epoch). */
  boundary: number;
}

/**
 * One commit per interval: boundaries are HEAD's time, then one `every` earlier each, `span / every`
 * of them; each takes the newest first-parent commit whose time is at or before the boundary (the
 * state of the branch at that moment). Intervals without commits repeat a commit and are dropped;
 * boundaries before the first commit have no point. Returned oldest first.
 */
export function selectHistoryPoints(commits: FirstParentCommit[], spanMs: number, everyMs: number): HistoryPoint[] {
  if (!commits.length) return [];
  const head = commits[0]!.time * 1000;
  const count = boundaryCount(spanMs, everyMs);
  const points: HistoryPoint[] = [];
  const taken = new Set<string>();
  let i = 0;
  for (let k = 0; k < count; k++) {
    const boundary = head - k * everyMs;
    // First-parent walk from HEAD: the first commit at or before the boundary is the branch state then.
    while (i < commits.length && commits[i]!.time * 1000 > boundary) i++;
    if (i >= commits.length) break;
    const c = commits[i]!;
    if (taken.has(c.sha)) continue;
    taken.add(c.sha);
    points.push({ ...c, boundary });
  }
  return points.reverse();
}

function boundaryCount(spanMs: number, everyMs: number): number {
  return Math.max(1, Math.floor(spanMs / everyMs));
}

/**
 * Whether `c` ends what selectHistoryPoints can choose from: the first commit at or before the
 * oldest boundary is that boundary's point, and the walk never reads past it.
 */
export function endsWindow(head: FirstParentCommit, c: FirstParentCommit, spanMs: number, everyMs: number): boolean {
  return c.time * 1000 <= head.time * 1000 - (boundaryCount(spanMs, everyMs) - 1) * everyMs;
}

/**
 * `git rev-list --first-parent --timestamp`: the branch's own line of commits, newest first.
 * Given a backfill's window, read only as far as selectHistoryPoints looks (endsWindow): on a
 * repository with a long history the rest was most of rev-list's time.
 */
export function firstParentCommits(cwd: string, rev: string, window?: { spanMs: number; everyMs: number }): Promise<FirstParentCommit[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn("git", ["rev-list", "--first-parent", "--timestamp", rev, "--"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const commits: FirstParentCommit[] = [];
    let partial = "";
    let stderr = "";
    let done = false;
    const take = (line: string): boolean => {
      if (!line) return false;
      const [time, sha] = line.split(" ");
      const c = { sha: sha!, time: Number(time) };
      commits.push(c);
      return window != null && endsWindow(commits[0]!, c, window.spanMs, window.everyMs);
    };
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk: string) => {
      if (done) return;
      const lines = (partial + chunk).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        if (!take(line)) continue;
        done = true;
        proc.kill();
        resolve(commits);
        return;
      }
    });
    proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on("error", (error) => {
      if (!done) reject(error);
      done = true;
    });
    proc.on("close", (code) => {
      if (done) return;
      done = true;
      if (code !== 0) reject(new Error(`git rev-list failed: ${stderr.trim() || `exit code ${code}`}`));
      else {
        take(partial);
        resolve(commits);
      }
    });
  });
}

/**
 * When each path changes along a backfill's points, from every point's listing, read up front
 * (52 SQLAlchemy trees list in ~0.2 s: unchanged subtrees are not read again).
 */
export class VersionSchedule {
  /** Per path, ascending, the points at which it holds a blob other than at its previous listing. */
  private readonly changes = new Map<string, number[]>();
  /** Per path, the bytes of all its versions. */
  private readonly bytes = new Map<string, number>();

  static async list(lister: TreeLister, revs: readonly string[], prefix = ""): Promise<VersionSchedule> {
    const schedule = new VersionSchedule();
    const last = new Map<string, string>();
    for (const [index, rev] of revs.entries()) {
      for (const e of await lister.list(rev)) {
        if (prefix && !e.path.startsWith(prefix)) continue;
        const path = prefix ? e.path.slice(prefix.length) : e.path;
        if (last.get(path) === e.blob) continue;
        last.set(path, e.blob);
        // A blob git cannot size (absent from a partial clone) weighs nothing.
        schedule.bytes.set(path, (schedule.bytes.get(path) ?? 0) + (e.size > 0 ? e.size : 0));
        const at = schedule.changes.get(path);
        if (at) at.push(index);
        else schedule.changes.set(path, [index]);
      }
    }
    return schedule;
  }

  /** The paths that change after the point they first appear at, with the bytes of all their versions. */
  changingPaths(): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [path, at] of this.changes) if (at.length > 1) out.push([path, this.bytes.get(path)!]);
    return out;
  }

  /** The first point after `index` at which `path` holds different content; Infinity if none does. */
  nextUse(path: string, index: number): number {
    const at = this.changes.get(path);
    if (!at) return Infinity;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]! <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length ? at[lo]! : Infinity;
  }
}

/** A commit's tree, listed and read from git objects through the backfill's cat-file processes. */
export async function gitSnapshot(
  rev: string, cat: CatFile, lister: TreeLister, prefix = "", retainHint?: (path: string) => RetainHint,
): Promise<Snapshot> {
  const entries = await lister.list(rev);
  const blobs = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const e of entries) {
    if (prefix && !e.path.startsWith(prefix)) continue;
    const path = prefix ? e.path.slice(prefix.length) : e.path;
    blobs.set(path, e.blob);
    // Unknown (NaN) for a blob absent from a partial clone: the Snapshot then says nothing.
    if (Number.isFinite(e.size)) sizes.set(path, e.size);
  }
  return {
    paths: [...blobs.keys()],
    read(path) {
      const blob = blobs.get(path);
      return blob ? cat.read(blob) : Promise.reject(new Error(`no such file in ${rev}: ${path}`));
    },
    cacheKey: (path) => blobs.get(path),
    blob: (path) => blobs.get(path),
    size: (path) => sizes.get(path),
    retainHint,
  };
}
