import { spawn, type ChildProcess } from "node:child_process";

/*
 * The helper: a bare Node process that runs git for us. Started while the scanner is still
 * small, it forks git cheaply for the whole backfill; forking git straight from the scanner,
 * hundreds of MB and three threads later, stalled every thread ~20 ms per process.
 */
const HELPER = `
const { execFile } = require("node:child_process");
process.on("message", ({ id, cwd, args }) => {
  execFile("git", args, { cwd, maxBuffer: 1 << 30, encoding: "utf8" }, (error, stdout, stderr) => {
    process.send(error ? { id, error: (stderr || error.message).trim() } : { id, stdout });
  });
});
`;

interface Reply {
  id: number;
  stdout?: string;
  error?: string;
}

/** Runs git commands through one helper process; answers in any order, matched by id. */
export class GitRunner {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (out: string) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | null = null;

  constructor() {
    this.child = spawn(process.execPath, ["-e", HELPER], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    this.child.on("message", (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) p.reject(new Error(reply.error));
      else p.resolve(reply.stdout ?? "");
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.child.on("error", fail);
    this.child.on("exit", (code) => fail(new Error(`git helper exited with ${code}`)));
  }

  git(cwd: string, args: string[]): Promise<string> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, cwd, args });
    });
  }

  close(): void {
    this.child.removeAllListeners("exit");
    this.child.disconnect?.();
    this.child.kill();
  }
}
