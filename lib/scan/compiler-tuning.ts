import { setFlagsFromString } from "node:v8";

/*
 * V8's optimizing compiler inlines callees into a function until the inlined bytecode reaches
 * this budget (920 bytes by default). The scanner's per-point code (clone upkeep, the document,
 * module sums) runs a few dozen times with loops over every file: big enough to be optimized,
 * not hot enough to repay compiling a whole call tree into each function. A history backfill
 * compiled such functions again and again (sweep ~190 ms of compile time each, 3x; 176
 * optimizations on the main thread against 51 in a full scan), on the background threads the
 * two cores share with the analysers. At 200 a backfill used ~6% less CPU on Excalidraw and
 * 2-6% less on SQLAlchemy; full scans were as fast on SQLAlchemy and faster on Excalidraw
 * (docs/benchmarks.md, twelfth session).
 */
const INLINE_BUDGET = 200;

/** The V8 flags the scanner sets for itself; PAYDOWN_V8_TUNING=0 leaves V8's defaults. */
export function compilerFlags(env: Readonly<Record<string, string | undefined>>): string[] {
  return env.PAYDOWN_V8_TUNING === "0" ? [] : [`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`];
}

/**
 * Sets compilerFlags before anything is optimized: read at each optimization, process-wide, so
 * the analyser worker threads started later compile under them too.
 */
export function tuneCompiler(env: Readonly<Record<string, string | undefined>> = process.env, set: (flag: string) => void = setFlagsFromString): void {
  for (const flag of compilerFlags(env)) set(flag);
}
