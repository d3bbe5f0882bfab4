import { describe, expect, it } from "vitest";
import type { TokenStream } from "../types";
import { CloneHistory } from "./clone-history";
import { sameClone, type Clone } from "./clone-match";
import { detectClones, type CloneInputFile, type CloneOptions } from "./detect-clones";
import { prng as rng } from "../../demo/generate";
import { streamFromLines } from "./fixtures/streams";

type Lines = number[][];

/**
 * A repository whose files are made of lines drawn from a small pool, so clones form, vanish
 * and move as files are edited. Unchanged files keep their stream object from point to point,
 * as the analysis cache gives them in a history backfill.
 */
class Repo {
  readonly files = new Map<string, { lines: Lines; language: string; tokens: TokenStream }>();
  private readonly pool: Lines;
  private serial = 0;

  constructor(private readonly random: () => number, poolSize: number) {
    this.pool = Array.from({ length: poolSize }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * 40)));
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }

  randomLines(n: number): Lines {
    return this.lines(n);
  }

  private lines(n: number): Lines {
    const out: Lines = [];
    while (out.length < n) {
      // Runs of consecutive pool lines repeat across files: those are the clones.
      const from = Math.floor(this.random() * this.pool.length);
      const run = 1 + Math.floor(this.random() * 12);
      for (let k = 0; k < run && out.length < n; k++) out.push(this.pool[(from + k) % this.pool.length]!);
    }
    return out;
  }

  put(path: string, lines: Lines, language: string): void {
    this.files.set(path, { lines, language, tokens: streamFromLines(lines) });
  }

  add(size: number): void {
    this.put(`src/f${this.serial++}.x`, this.lines(size), this.random() < 0.85 ? "python" : "typescript");
  }

  /** One random change, of the kinds a week of commits makes. */
  step(): void {
    const paths = [...this.files.keys()];
    const roll = this.random();
    if (roll < 0.1 || paths.length < 3) return this.add(20 + Math.floor(this.random() * 200));
    const path = this.pick(paths);
    const file = this.files.get(path)!;
    if (roll < 0.15) this.files.delete(path);
    else if (roll < 0.2) {
      // The same blob at a second path: one stream object under two paths.
      this.files.set(`copy/${this.serial++}.x`, file);
    } else if (roll < 0.25) this.put(`src/r${this.serial++}.x`, file.lines, file.language);
    else if (roll < 0.3) this.put(path, file.lines, file.language === "python" ? "typescript" : "python");
    else if (roll < 0.4) {
      // A block copied from another file: a new clone.
      const other = this.files.get(this.pick(paths))!.lines;
      const from = Math.floor(this.random() * other.length);
      const block = other.slice(from, from + 3 + Math.floor(this.random() * 15));
      const at = Math.floor(this.random() * (file.lines.length + 1));
      this.put(path, [...file.lines.slice(0, at), ...block, ...file.lines.slice(at)], file.language);
    } else {
      const lines = file.lines.slice();
      for (let edits = 1 + Math.floor(this.random() * 3); edits > 0; edits--) {
        const at = Math.floor(this.random() * (lines.length + 1));
        const del = Math.floor(this.random() * 4);
        lines.splice(at, del, ...this.lines(Math.floor(this.random() * 5)));
      }
      this.put(path, lines, file.language);
    }
  }

  input(): CloneInputFile[] {
    return [...this.files].map(([path, f]) => ({ path, language: f.language, tokens: f.tokens }));
  }
}

/** Points of a random history, each checked against a fresh detection; totals over the points after the first. */
function replay(seed: number, points: number, opts: CloneOptions & { files: number; size: number; changes: number }) {
  const random = rng(seed);
  const repo = new Repo(random, 60);
  for (let i = 0; i < opts.files; i++) repo.add(opts.size);
  const history = new CloneHistory();
  const totals = { clones: 0, files: 0, swept: 0, reread: 0 };
  for (let p = 0; p < points; p++) {
    const files = repo.input();
    const carried = detectClones(files, { ...opts, history });
    const batch = detectClones(files, opts);
    expect(carried).toEqual(batch);
    totals.clones += batch.clones.length;
    if (p > 0) for (const k of ["files", "swept", "reread"] as const) totals[k] += history.stats[k];
    for (let c = 0; c < opts.changes; c++) repo.step();
  }
  return totals;
}

describe("CloneHistory: carried from point to point, clone detection gives what a fresh run gives", () => {
  it("over random edits, additions, deletions, copies and language changes", () => {
    for (let seed = 1; seed <= 24; seed++) {
      const { clones } = replay(seed, 12, { files: 12, size: 120, changes: 3, minTokens: 12, minLines: 2 });
      expect(clones).toBeGreaterThan(0);
    }
  });

  it("with big files and a few edits a point: most files not swept again", () => {
    const totals = replay(99, 8, { files: 16, size: 2000, changes: 2, minTokens: 20, minLines: 3 });
    expect(totals.clones).toBeGreaterThan(0);
    // Files that only paired with a changed file's kept runs are re-read, not swept.
    expect(totals.reread).toBeGreaterThan(0);
    expect(totals.swept).toBeLessThan(totals.files / 2);
  });

  it("with many small edits per point", () => {
    for (let seed = 200; seed <= 205; seed++) replay(seed, 10, { files: 10, size: 300, changes: 12, minTokens: 8, minLines: 2 });
  });

  it("when a file shrinks below one window and grows again", () => {
    const random = rng(11);
    const repo = new Repo(random, 30);
    for (let i = 0; i < 6; i++) repo.add(60);
    const history = new CloneHistory();
    const path = [...repo.files.keys()][2]!;
    const full = repo.files.get(path)!.lines;
    for (const lines of [full, full.slice(0, 1), [], full.slice(0, 2), full, full.slice(5)]) {
      repo.put(path, lines, "python");
      const files = repo.input();
      expect(detectClones(files, { minTokens: 12, minLines: 2, history })).toEqual(detectClones(files, { minTokens: 12, minLines: 2 }));
    }
  });

  it("when lines are joined or split before a file's first edit (same tokens, other lines)", () => {
    // A changed file's matches before its first edit are carried to its new version: the
    // tokens there are the same, but a clone's lines must come from the new version.
    for (let seed = 60; seed <= 65; seed++) {
      const random = rng(seed);
      const repo = new Repo(random, 30);
      for (let i = 0; i < 8; i++) repo.add(150);
      const history = new CloneHistory();
      const opts = { minTokens: 10, minLines: 2 };
      let moved = 0;
      for (let p = 0; p < 10; p++) {
        const files = repo.input();
        const carried = detectClones(files, { ...opts, history });
        expect(carried).toEqual(detectClones(files, opts));
        const [path, file] = [...repo.files][Math.floor(random() * repo.files.size)]!;
        const lines = file.lines.map((l) => l.slice());
        const at = Math.floor(random() * (lines.length - 1) * 0.8);
        if (random() < 0.5) lines.splice(at, 2, [...lines[at]!, ...lines[at + 1]!]);
        else if (lines[at]!.length > 1) lines.splice(at, 1, lines[at]!.slice(0, 1), lines[at]!.slice(1));
        else continue;
        // And an edit further on, so the file is a changed one with a kept prefix.
        lines.splice(lines.length - 3, 1, ...repo.randomLines(2));
        repo.put(path, lines, file.language);
        moved++;
      }
      expect(moved).toBeGreaterThan(0);
    }
  });

  it("when every window hash collides (pairs equal, contents not)", () => {
    for (let seed = 40; seed <= 43; seed++) replay(seed, 8, { files: 6, size: 80, changes: 2, minTokens: 10, minLines: 2, hashMask: 0x3 });
  });

  it("when the clone definition changes between points", () => {
    const random = rng(7);
    const repo = new Repo(random, 40);
    for (let i = 0; i < 8; i++) repo.add(100);
    const history = new CloneHistory();
    for (const minTokens of [12, 12, 20, 12]) {
      const files = repo.input();
      expect(detectClones(files, { minTokens, minLines: 2, history })).toEqual(detectClones(files, { minTokens, minLines: 2 }));
      repo.step();
    }
  });
});

describe("CloneHistory: clone objects", () => {
  it("keeps a clone found again, in a file swept again or re-read, the object it had", () => {
    let kept = 0;
    for (let seed = 400; seed <= 405; seed++) {
      const random = rng(seed);
      const repo = new Repo(random, 30);
      for (let i = 0; i < 8; i++) repo.add(120);
      const history = new CloneHistory();
      const opts = { minTokens: 10, minLines: 2, history };
      let last: Clone[] = detectClones(repo.input(), opts).clones;
      for (let p = 0; p < 12; p++) {
        repo.step();
        const now = detectClones(repo.input(), opts).clones;
        const before = new Map(last.map((c) => [`${c.b.path}\u0000${c.b.startToken}`, c]));
        for (const c of now) {
          const old = before.get(`${c.b.path}\u0000${c.b.startToken}`);
          if (old && sameClone(old, c)) {
            expect(c).toBe(old);
            kept++;
          }
        }
        last = now;
      }
    }
    expect(kept).toBeGreaterThan(100);
  });
});

