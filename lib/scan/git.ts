import { spawn, execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileP = promisify(execFile);

/** Runs git and returns stdout; large buffers because ls-files/ls-tree of big repositories is MBs. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileP("git", args, { cwd, maxBuffer: 1 << 30, encoding: "utf8" });
  return stdout;
}

export async function isGitRepo(dir: string): Promise<boolean> {
  try {
    return (await git(dir, ["rev-parse", "--is-inside-work-tree"])).trim() === "true";
  } catch {
    return false;
  }
}

export async function gitTopLevel(dir: string): Promise<string> {
  return (await git(dir, ["rev-parse", "--show-toplevel"])).trim();
}

export interface CommitInfo {
  sha: string;
  committedAt: string;
  message: string;
}

const SEP = "\x1f";

/** Commit metadata; null when the repository has no commits yet. */
export async function commitInfo(cwd: string, rev = "HEAD"): Promise<CommitInfo | null> {
  try {
    return [...(await commitInfos(cwd, [rev])).values()][0] ?? null;
  } catch {
    return null;
  }
}

export async function currentBranch(cwd: string): Promise<string | null> {
  try {
    const b = (await git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"])).trim();
    return b && b !== "HEAD" ? b : null;
  } catch {
    return null;
  }
}

export interface TreeEntry {
  path: string;
  blob: string;
  size: number;
}

/**
 * One long-running `git cat-file` process: requests are answered strictly in order, so a FIFO of
 * pending requests is enough to pair responses with them. Subclasses parse the output.
 */
abstract class CatFileProcess<T> {
  private readonly proc;
  protected readonly queue: { resolve: (value: T) => void; reject: (e: Error) => void }[] = [];
  private failed: Error | null = null;

  constructor(cwd: string, mode: "--batch" | "--batch-check") {
    this.proc = spawn("git", ["cat-file", mode], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    const fail = (err: Error) => {
      this.failed = err;
      for (const q of this.queue.splice(0)) q.reject(err);
    };
    this.proc.on("error", fail);
    this.proc.on("exit", (code) => {
      if (this.queue.length) fail(new Error(`git cat-file ${mode} exited with ${code}`));
    });
  }

  protected abstract receive(chunk: Buffer): void;

  protected request(object: string): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      // One write per burst: a backfill asks for tens of thousands of objects, mostly a tree's
      // subtrees and blobs at once, and a write per object cost ~0.5 s of this thread's time.
      if (!this.outgoing) process.nextTick(this.flush);
      this.outgoing += `${object}\n`;
    });
  }

  private outgoing = "";

  private readonly flush = () => {
    const lines = this.outgoing;
    this.outgoing = "";
    if (lines) this.proc.stdin.write(lines);
  };

  close(): void {
    this.flush();
    this.proc.stdin.end();
  }
}

/** `git cat-file --batch`: object contents. */
export class CatFile extends CatFileProcess<Buffer> {
  /*
   * Output not consumed yet, as received. A big blob arrives in many 64 KB chunks: joining them
   * only once the whole object is there (`need`) avoids re-copying the growing prefix per chunk,
   * which had cost a second of copying per SQLAlchemy backfill.
   */
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes needed before the head of the queue can be served (0: try with what there is). */
  private need = 0;

  constructor(cwd: string) {
    super(cwd, "--batch");
  }

  protected receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    if (this.length >= this.need) this.drain();
  }

  private drain() {
    let buf = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
    this.need = 0;
    while (this.queue.length) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.need = buf.length + 1;
        break;
      }
      const header = buf.subarray(0, nl).toString("utf8");
      const parts = header.split(" ");
      if (parts[1] === "missing") {
        buf = buf.subarray(nl + 1);
        this.queue.shift()!.reject(new Error(`git object ${parts[0]} missing`));
        continue;
      }
      const size = Number(parts[2]);
      if (buf.length < nl + 1 + size + 1) {
        this.need = nl + 1 + size + 1;
        break;
      }
      // A view, not a copy: callers decode it and let it go.
      const body = buf.subarray(nl + 1, nl + 1 + size);
      buf = buf.subarray(nl + 1 + size + 1);
      this.queue.shift()!.resolve(body);
    }
    this.chunks = buf.length ? [buf] : [];
    this.length = buf.length;
  }

  read(object: string): Promise<Buffer> {
    return this.request(object);
  }
}

/** `git cat-file --batch-check`: object sizes. */
export class CatFileCheck extends CatFileProcess<number> {
  private pending = "";

  constructor(cwd: string) {
    super(cwd, "--batch-check");
  }

  protected receive(chunk: Buffer): void {
    const lines = (this.pending + chunk.toString("utf8")).split("\n");
    this.pending = lines.pop()!;
    for (const line of lines) {
      const q = this.queue.shift();
      if (!q) continue;
      // "<object> <type> <size>" or "<object> missing"
      const parts = line.split(" ");
      if (parts[1] === "missing" || parts.length < 3) q.reject(new Error(`git object ${parts[0]} missing`));
      else q.resolve(Number(parts[2]));
    }
  }

  size(object: string): Promise<number> {
    return this.request(object);
  }
}

/** Commits' metadata in one `git show` (a history backfill's points: all of them), by full SHA. */
export async function commitInfos(cwd: string, shas: readonly string[]): Promise<Map<string, CommitInfo>> {
  const out = new Map<string, CommitInfo>();
  // Chunked so the command line stays short whatever the number of points.
  for (let i = 0; i < shas.length; i += 200) {
    const text = await git(cwd, ["show", "-s", `--format=%H${SEP}%cI${SEP}%B%x00`, ...shas.slice(i, i + 200), "--"]);
    for (const rec of text.split("\0")) {
      if (!rec.trim()) continue;
      const [sha, committedAt, ...rest] = rec.split(SEP);
      out.set(sha!.trim(), { sha: sha!.trim(), committedAt: committedAt!.trim(), message: rest.join(SEP).trim() });
    }
  }
  return out;
}

/** Path of `cwd` inside its repository ("" at the top, else "sub/dir/"). */
export async function gitPrefix(cwd: string): Promise<string> {
  return (await git(cwd, ["rev-parse", "--show-prefix"])).trim();
}
