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
  /** Versions of each path analysed so far. */
  private readonly versions = new Map<string, number>();
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
    const version = (this.versions.get(path) ?? 0) + 1;
    this.versions.set(path, version);
    const keep = source.length <= this.opts.budget && (!this.opts.fromSecond || version > 1);
    const { analysis, retained, spliced } = analyzeRetaining(path, source, language, previous, keep);
    this.spliced += spliced ?? 0;
    if (retained) {
      this.entries.set(path, retained);
      this.size += source.length;
      this.evict();
    }
    return analysis;
  }

  /**
   * Over budget: drops the versions of the paths that changed least often (the oldest of those
   * first). Recency alone kept the wrong files: on SQLAlchemy a few big files change most weeks,
   * among hundreds that change once or twice and would push them out.
   */
  private evict(): void {
    while (this.size > this.opts.budget) {
      let victim: string | undefined;
      let fewest = Infinity;
      for (const path of this.entries.keys()) {
        const v = this.versions.get(path)!;
        if (v < fewest) {
          fewest = v;
          victim = path;
        }
      }
      const entry = this.entries.get(victim!)!;
      this.entries.delete(victim!);
      this.size -= entry.source.length;
      entry.tree.delete();
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
    for (const entry of this.entries.values()) entry.tree.delete();
    this.entries.clear();
    this.versions.clear();
    this.size = 0;
  }
}
