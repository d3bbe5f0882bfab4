import type { FileAnalysis, Language } from "../types";
import { analyzeRetaining, type Retained } from "./incremental";

export interface RetainerOptions {
  /** Bound on the retained versions' source, in UTF-16 code units (their trees scale with it). */
  budget: number;
}

const GIB = 2 ** 30;

/**
 * The budget per worker: PAYDOWN_RETAIN_CHARS's (0 turns retention off), or a share of what the
 * machine's memory allows all `workers` together. Retained versions cost ~35 bytes per code unit
 * with their trees: on SQLAlchemy's 52 points with two workers, 8M each peaked at ~1.1 GB against
 * ~870 MB at 4M and ~580 MB with none, and used 5-23% less CPU than 4M (docs/benchmarks.md).
 * Shared, so a many-core machine does not multiply it (a worker's paths shrink with their count).
 */
export function retainBudget(totalMemory: number, setting: string | undefined, workers: number): number {
  if (setting !== undefined && setting !== "") return Number(setting) || 0;
  const total = totalMemory >= 12 * GIB ? 16_000_000 : totalMemory >= 4 * GIB ? 8_000_000 : 4_000_000;
  return Math.floor(total / Math.max(1, workers));
}

/**
 * History backfill: the point this version belongs to, and the point at which the path's next,
 * different version will be analysed (Infinity: never).
 */
export interface RetainHint {
  point: number;
  nextUse: number;
}

/**
 * One worker's last analysed version of each path that will change again, so the changed version
 * is analysed incrementally. A history backfill lists every point before it starts, so it knows
 * when each path changes next: over budget, the version needed furthest in the future goes first
 * (Belady's rule, optimal for a cache whose requests are known). Simulated on SQLAlchemy's 52
 * points, the frequency rule it replaced leaves 46 MB to parse from scratch at 4M per worker, this
 * one ~27 MB (docs/benchmarks.md). Callers must send a path to the same retainer.
 */
export class Retainer {
  private readonly entries = new Map<string, { retained: Retained; nextUse: number }>();
  private size = 0;
  /** The latest point seen: requests come in point order (one worker, one queue). */
  private point = 0;
  /** Statements spliced from previous versions so far (tests, diagnostics). */
  spliced = 0;

  constructor(private readonly opts: RetainerOptions) {}

  analyze(path: string, source: string, language: Language, { point, nextUse }: RetainHint): FileAnalysis {
    if (point > this.point) this.point = point;
    const previous = this.entries.get(path);
    if (previous) {
      this.entries.delete(path);
      this.size -= previous.retained.source.length;
    }
    const keep = nextUse !== Infinity && source.length <= this.opts.budget;
    const { analysis, retained, spliced } = analyzeRetaining(path, source, language, previous?.retained, keep);
    this.spliced += spliced ?? 0;
    if (retained) {
      this.entries.set(path, { retained, nextUse });
      this.size += source.length;
      this.evict();
    }
    return analysis;
  }

  private evict(): void {
    while (this.size > this.opts.budget) {
      let victim: string | undefined;
      let furthest = -Infinity;
      // A version whose next use has passed goes first: its path's next version never came here
      // (another path had that content already). Ties go to the version retained first.
      for (const [path, e] of this.entries) {
        const at = e.nextUse < this.point ? Number.MAX_VALUE : e.nextUse;
        if (at > furthest) {
          furthest = at;
          victim = path;
        }
      }
      const entry = this.entries.get(victim!)!;
      this.entries.delete(victim!);
      this.size -= entry.retained.source.length;
      entry.retained.tree?.delete();
    }
  }

  /** Retained source, in code units. */
  get retainedSize(): number {
    return this.size;
  }

  retainedPaths(): string[] {
    return [...this.entries.keys()];
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.retained.tree?.delete();
    this.entries.clear();
    this.size = 0;
  }
}
