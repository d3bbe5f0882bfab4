import { GRAPH_FORMAT, parseGraph, windowBounds, windowCommits, type GraphCommit } from "./churn-windows";
import { git } from "./git";

export const CHURN_WINDOW_DAYS = 90;

export interface ModuleChurn {
  commits: number;
  authors: number;
  bugfixCommits: number;
}

const BUGFIX_WORDS = new Set(["fix", "fixes", "fixed", "fixing", "bug", "bugs", "bugfix", "bugfixes", "hotfix", "hotfixes"]);
/** Trailer lines say who and where, not what; "Fixes" in "Co-authored-by: Bug Fixer" must not count. */
const TRAILER = /^(signed-off-by|co-authored-by|change-id|reviewed-by|reviewed-on|acked-by|cc|tested-by):/i;

/**
 * A commit is a bug fix when its message has one of the words fix/fixes/fixed/bug/bugfix/hotfix
 * (case-insensitive, whole words; "fix:" and "fix(api):" conventional prefixes included).
 * A plain word tokenizer: "prefix", "fixture" and "debug" do not count.
 */
export function isBugfixMessage(message: string): boolean {
  for (const line of message.split("\n")) {
    if (TRAILER.test(line.trim())) continue;
    for (const word of line.toLowerCase().split(/[^a-z0-9]+/)) {
      if (BUGFIX_WORDS.has(word)) return true;
    }
  }
  return false;
}

/**
 * isBugfixMessage per commit object: a backfill's points share most of their 90-day windows
 * (ChurnLogReader keeps one object per commit), and the words of every message were split again
 * at every point (~1 ms per SQLAlchemy point).
 */
const bugfixByCommit = new WeakMap<ChurnCommit, boolean>();

function commitIsBugfix(c: ChurnCommit): boolean {
  let known = bugfixByCommit.get(c);
  if (known === undefined) bugfixByCommit.set(c, (known = isBugfixMessage(c.message)));
  return known;
}

export interface ChurnCommit {
  sha: string;
  author: string;
  message: string;
  files: string[];
}

const REC = "\x1e";
const FIELD = "\x1f";
const END = "\x1d";

export function parseChurnLog(out: string): ChurnCommit[] {
  const commits: ChurnCommit[] = [];
  for (const rec of out.split(REC)) {
    if (!rec.trim()) continue;
    const end = rec.indexOf(END);
    const [sha, author, message] = rec.slice(0, end).split(FIELD);
    const files = rec
      .slice(end + 1)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    commits.push({ sha: sha!, author: author!.toLowerCase(), message: message ?? "", files });
  }
  return commits;
}

/** The `--since`/`--until` of the window before a commit date. */
function windowArgs(commitDate: string, windowDays: number): string[] {
  const until = new Date(commitDate);
  const since = new Date(until.getTime() - windowDays * 86_400_000);
  return [`--since=${since.toISOString()}`, `--until=${until.toISOString()}`];
}

/** One record per commit: its files relative to the scanned directory (and only those under it when it is a subdirectory). */
const RECORD_ARGS = ["--no-renames", "--name-only", "--relative", `--format=${REC}%H${FIELD}%aE${FIELD}%B${END}`];

/** Commits reachable from `rev` in the window before its commit date, in one git log pass. */
export async function readChurnLog(
  cwd: string, rev: string, commitDate: string, windowDays = CHURN_WINDOW_DAYS, run: typeof git = git,
): Promise<ChurnCommit[]> {
  return parseChurnLog(await run(cwd, ["log", ...RECORD_ARGS, ...windowArgs(commitDate, windowDays), rev, "--"]));
}

/**
 * readChurnLog for the points of a history backfill, whose windows overlap by weeks: a commit is
 * read with its files once. With plan(), every point's window comes from one listing of the
 * commit graph (churn-windows.ts) and the commits' files from a few `--no-walk` passes; without,
 * each point lists its window (a walk without diffs) and reads the commits no earlier point
 * listed. On SQLAlchemy a point's 90-day log with files cost git ~43 ms against ~16 ms for the list.
 */
export class ChurnLogReader {
  private readonly known = new Map<string, ChurnCommit>();
  /** Each planned point's window, and when the files of its commits have been read. */
  private planned: Promise<Map<string, PlannedWindow>> | null = null;

  constructor(private readonly cwd: string, private readonly run: typeof git = git) {}

  /** The points read() will be asked for, all known up front (each point's sha and commit date), oldest first. */
  plan(points: ReadonlyArray<{ sha: string; committedAt: string }>, windowDays = CHURN_WINDOW_DAYS): void {
    const plan = async () => {
      const windows = new Map<string, PlannedWindow>();
      if (points.length === 0) return windows;
      const since = Math.min(...points.map((p) => windowBounds(p.committedAt, windowDays).since));
      const graph = new Map<string, GraphCommit>();
      // Chunked so the command line stays short whatever the number of points.
      for (let i = 0; i < points.length; i += 200) {
        const starts = points.slice(i, i + 200).map((p) => p.sha);
        parseGraph(await this.run(this.cwd, ["log", `--format=${GRAPH_FORMAT}`, `--since=${new Date(since * 1000).toISOString()}`, ...starts, "--"]), graph);
      }
      /*
       * Files are read in passes of at least FILE_PASS new commits, in point order, the first
       * point's alone: the first document waits only for its own window, not for a year's.
       */
      const queued = new Set<string>();
      let batch: string[] = [];
      let waiting: PlannedWindow[] = [];
      let chain: Promise<void> = Promise.resolve();
      const flush = () => {
        const shas = batch;
        chain = chain.then(() => this.readFiles(shas));
        for (const w of waiting) w.read = chain;
        batch = [];
        waiting = [];
      };
      for (const p of points) {
        const { since: from, until } = windowBounds(p.committedAt, windowDays);
        const shas = windowCommits(graph, p.sha, from, until);
        if (!shas) continue;
        const window: PlannedWindow = { shas, read: chain };
        windows.set(windowKey(p.sha, p.committedAt, windowDays), window);
        for (const sha of shas) {
          if (this.known.has(sha) || queued.has(sha)) continue;
          queued.add(sha);
          batch.push(sha);
        }
        waiting.push(window);
        if (windows.size === 1 || batch.length >= FILE_PASS) flush();
      }
      flush();
      // A failed pass leaves its commits to read() (below).
      chain.catch(() => undefined);
      return windows;
    };
    this.planned = plan();
    // A failed plan leaves read() to git, point by point.
    this.planned.catch(() => undefined);
  }

  async read(rev: string, commitDate: string, windowDays = CHURN_WINDOW_DAYS): Promise<ChurnCommit[]> {
    const windows = this.planned ? await this.planned.catch(() => null) : null;
    const planned = windows?.get(windowKey(rev, commitDate, windowDays));
    if (planned) await planned.read.catch(() => undefined);
    const shas = planned?.shas ?? (await this.listWindow(rev, commitDate, windowDays));
    await this.readFiles(shas);
    return shas.map((sha) => {
      const c = this.known.get(sha);
      if (!c) throw new Error(`git log did not return commit ${sha}`);
      return c;
    });
  }

  /** The window's commits by git's own walk (a point not planned). */
  private async listWindow(rev: string, commitDate: string, windowDays: number): Promise<string[]> {
    const listed = await this.run(this.cwd, ["log", "--format=%H", ...windowArgs(commitDate, windowDays), rev, "--"]);
    return listed.split("\n").filter(Boolean);
  }

  /** Reads the commits not read yet with their files. */
  private async readFiles(shas: string[]): Promise<void> {
    const missing = shas.filter((sha) => !this.known.has(sha));
    for (let i = 0; i < missing.length; i += FILE_PASS) {
      const out = await this.run(this.cwd, ["log", "--no-walk=unsorted", ...RECORD_ARGS, ...missing.slice(i, i + FILE_PASS), "--"]);
      for (const c of parseChurnLog(out)) this.known.set(c.sha, c);
    }
  }
}

interface PlannedWindow {
  shas: string[];
  /** Settles once the files of every commit in the window have been read (or that pass failed). */
  read: Promise<void>;
}

/** Commits per `--no-walk` pass: a short enough command line, few enough processes. */
const FILE_PASS = 1000;

const windowKey = (sha: string, commitDate: string, windowDays: number) => `${sha} ${commitDate} ${windowDays}`;

/** Churn per module name: commits touching it, their distinct author emails, and bug fixes among them. */
export function churnByModule(commits: ChurnCommit[], moduleOf: (path: string) => string): Map<string, ModuleChurn> {
  const acc = new Map<string, { commits: number; authors: Set<string>; bugfix: number }>();
  for (const c of commits) {
    const touched = new Set(c.files.map(moduleOf));
    const bugfix = commitIsBugfix(c);
    for (const m of touched) {
      const a = acc.get(m) ?? { commits: 0, authors: new Set<string>(), bugfix: 0 };
      a.commits++;
      a.authors.add(c.author);
      if (bugfix) a.bugfix++;
      acc.set(m, a);
    }
  }
  return new Map([...acc].map(([m, a]) => [m, { commits: a.commits, authors: a.authors.size, bugfixCommits: a.bugfix }]));
}
