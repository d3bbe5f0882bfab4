import { readdirSync } from "node:fs";
import { setPriority } from "node:os";

/** Niceness given to the other threads; 10 measured best of 5, 10 and 19 (docs/benchmarks.md). */
export const HELPER_NICENESS = 10;

/**
 * Lowers the scheduling priority of every thread of this process but the calling main thread:
 * the analyser workers, libuv's pool and V8's helpers (compilers, garbage collector). Returns how
 * many it lowered; 0 where threads cannot be listed (not Linux) or priorities cannot be set.
 *
 * Why: after a backfill's first point, the main thread's per-point work (clone upkeep, documents)
 * is the pipeline's critical path, while the workers finish their share with time to spare. On a
 * machine with fewer cores than busy threads, the kernel shares the cores out equally, so the main
 * thread waited in the run queue for seconds; lowered, the other threads use what it leaves.
 * Raising niceness needs no privilege, and applies per thread on Linux (a thread id is a pid).
 */
export function lowerHelperThreads(niceness = HELPER_NICENESS, taskDir = "/proc/self/task", mainId = process.pid): number {
  let tids: string[];
  try {
    tids = readdirSync(taskDir);
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const tid of tids) {
    const id = Number(tid);
    if (!Number.isInteger(id) || id === mainId) continue;
    try {
      setPriority(id, niceness);
      lowered++;
    } catch {
      // A thread that exited meanwhile, or a platform that refuses: leave it.
    }
  }
  return lowered;
}
