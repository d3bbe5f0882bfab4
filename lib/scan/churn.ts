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
 * readChurnLog for the points of a history backfill, whose windows overlap by weeks: each point
 * lists its window's commits (a walk without diffs), and only commits no earlier point listed
 * are read with their files, in one `--no-walk` pass with the same options. On SQLAlchemy a
 * point's 90-day log with files cost git ~43 ms against ~16 ms for the list.
 */
export class ChurnLogReader {
  private readonly known = new Map<string, ChurnCommit>();

  constructor(private readonly cwd: string, private readonly run: typeof git = git) {}

  async read(rev: string, commitDate: string, windowDays = CHURN_WINDOW_DAYS): Promise<ChurnCommit[]> {
    const listed = await this.run(this.cwd, ["log", "--format=%H", ...windowArgs(commitDate, windowDays), rev, "--"]);
    const shas = listed.split("\n").filter(Boolean);
    const missing = shas.filter((sha) => !this.known.has(sha));
    if (missing.length) {
      const out = await this.run(this.cwd, ["log", "--no-walk=unsorted", ...RECORD_ARGS, ...missing, "--"]);
      for (const c of parseChurnLog(out)) this.known.set(c.sha, c);
    }
    return shas.map((sha) => {
      const c = this.known.get(sha);
      if (!c) throw new Error(`git log did not return commit ${sha}`);
      return c;
    });
  }
}

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
