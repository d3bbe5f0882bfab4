import { mkdtempSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { lowerHelperThreads } from "./thread-priority";

/** A thread's niceness from /proc (field 19 of its stat line). */
function niceness(tid: number): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, "latin1");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

const linux = existsSync("/proc/self/task");
const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

describe("lowerHelperThreads", () => {
  it.runIf(linux)("lowers a worker thread and leaves the calling thread alone", async () => {
    // The worker reports its own thread id (the link /proc/thread-self names "<pid>/task/<tid>").
    const worker = new Worker(
      `const { parentPort } = require("node:worker_threads"); const { readlinkSync } = require("node:fs");
       parentPort.postMessage(Number(readlinkSync("/proc/thread-self").split("/").pop())); setInterval(() => {}, 1000);`,
      { eval: true },
    );
    workers.push(worker);
    const tid = await new Promise<number>((resolve) => worker.once("message", resolve));
    const mainBefore = niceness(process.pid);
    expect(niceness(tid)).toBe(mainBefore);

    const lowered = lowerHelperThreads(mainBefore + 3);
    expect(lowered).toBeGreaterThanOrEqual(1);
    expect(niceness(tid)).toBe(mainBefore + 3);
    expect(niceness(process.pid)).toBe(mainBefore);
  });

  it("does nothing where threads cannot be listed", () => {
    expect(lowerHelperThreads(10, join(tmpdir(), "no-such-task-dir-for-paydown"))).toBe(0);
  });

  it("skips entries that are not thread ids, and ids it cannot lower", () => {
    const dir = mkdtempSync(join(tmpdir(), "paydown-task-"));
    mkdirSync(join(dir, "not-a-thread"));
    // Above any pid_max Linux allows: no such thread, so setting its priority fails quietly.
    mkdirSync(join(dir, "2147483646"));
    expect(lowerHelperThreads(10, dir, 1)).toBe(0);
  });
});
