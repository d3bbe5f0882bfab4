import type { FileAnalysis, Language } from "../types";
import { analyzeRetaining, type Retained } from "./incremental";

export interface RetainerOptions {
  /** Bound on the retained versions' source, in UTF-16 code units (their trees scale with it). */
  budget: number;
  /**
   * Retain a path's version only from its second analysis on: in a history backfill most files
   * never change, and the ones that do tend to change again.
   */
  fromSecond: boolean;
}

/**
 * One worker's last analysed version of each path (least recently analysed evicted first), so a
 * changed version is analysed incrementally. Callers must send a path to the same retainer.
 */
export class Retainer {
  private readonly entries = new Map<string, Retained>();
  private readonly seen = new Set<string>();
  private size = 0;
  /** Statements spliced from previous versions so far (tests, diagnostics). */
  spliced = 0;

  constructor(private readonly opts: RetainerOptions) {}

  analyze(path: string, source: string, language: Language): FileAnalysis {
    const previous = this.entries.get(path);
    if (previous) {
      this.entries.delete(path);
      this.size -= previous.source.length;
    }
    const keep = source.length <= this.opts.budget && (!this.opts.fromSecond || previous !== undefined || this.seen.has(path));
    this.seen.add(path);
    const { analysis, retained, spliced } = analyzeRetaining(path, source, language, previous, keep);
    this.spliced += spliced ?? 0;
    if (retained) {
      this.entries.set(path, retained);
      this.size += source.length;
      for (const [oldest, entry] of this.entries) {
        if (this.size <= this.opts.budget) break;
        this.entries.delete(oldest);
        this.size -= entry.source.length;
        entry.tree.delete();
      }
    }
    return analysis;
  }

  /** Retained source, in code units. */
  get retainedSize(): number {
    return this.size;
  }

  retainedPaths(): string[] {
    return [...this.entries.keys()];
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.tree.delete();
    this.entries.clear();
    this.seen.clear();
    this.size = 0;
  }
}
