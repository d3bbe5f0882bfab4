import { readFileSync } from "node:fs";

let available = true;

/**
 * CPU time this thread has used, in milliseconds (Linux schedstat, nanosecond resolution), or
 * NaN where it cannot be read. For PAYDOWN_TIMING: on a busy machine the worker threads take
 * turns with this one, so wall time per phase overstates what a phase costs.
 */
export function threadCpuMs(): number {
  if (!available) return Number.NaN;
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[0]) / 1e6;
  } catch {
    available = false;
    return Number.NaN;
  }
}
