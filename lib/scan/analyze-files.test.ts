import { describe, expect, it } from "vitest";
import { analyzeFiles, type AnalysisCache, type InflightAnalyses, type Snapshot } from "./analyze-files";
import type { AnalyzerPool } from "./analyze/analyzer-pool";
import type { RetainHint } from "./analyze/retainer";
import type { FileAnalysis } from "./types";

/** A pool that records what it was asked and answers when told to. */
function fakePool() {
  const asked: string[] = [];
  const hints: Array<RetainHint | undefined> = [];
  const waiting: Array<() => void> = [];
  const pool: AnalyzerPool = {
    analyze: (path, _source, language, opts) => {
      asked.push(path);
      hints.push(opts?.retain);
      return new Promise<FileAnalysis>((resolve) =>
        waiting.push(() => resolve({ path, language, nloc: 1, functions: [], symbols: [], tokens: { hashes: new Uint32Array(), lines: new Uint32Array() } })),
      );
    },
    spliced: () => 0,
    close: async () => {},
    readsBlobs: false,
  };
  const release = () => waiting.splice(0).forEach((r) => r());
  return { pool, asked, hints, release };
}

function snapshot(files: Record<string, { blob: string; size: number }>): Snapshot {
  return {
    paths: Object.keys(files),
    read: async (p) => Buffer.from(`x = 1 # ${p}\n`),
    cacheKey: (p) => files[p]?.blob,
    size: (p) => files[p]?.size,
  };
}

const py = (path: string) => ({ path, language: "python" as const });

describe("analyzeFiles", () => {
  it("hands uncached files to the pool largest first and returns results in candidate order", async () => {
    const { pool, asked, release } = fakePool();
    const snap = snapshot({ "a.py": { blob: "1", size: 10 }, "b.py": { blob: "2", size: 900 }, "c.py": { blob: "3", size: 50 } });
    let dispatched = false;
    const run = analyzeFiles(snap, ["a.py", "b.py", "c.py"].map(py), pool, { cache: new Map(), onDispatched: () => (dispatched = true) });
    await new Promise((r) => setTimeout(r, 10));
    expect(dispatched).toBe(true);
    expect(asked).toEqual(["b.py", "c.py", "a.py"]);
    release();
    expect((await run).analyses.map((a) => a.path)).toEqual(["a.py", "b.py", "c.py"]);
  });

  it("tells the pool each path's point and next version, and nothing without a schedule", async () => {
    const { pool, asked, hints, release } = fakePool();
    const snap = {
      ...snapshot({ "a.py": { blob: "1", size: 10 }, "b.py": { blob: "2", size: 900 } }),
      retainHint: (p: string) => ({ point: 3, nextUse: p === "a.py" ? 7 : Infinity }),
    };
    const run = analyzeFiles(snap, [py("a.py"), py("b.py")], pool, { cache: new Map() });
    await new Promise((r) => setTimeout(r, 10));
    release();
    await run;
    expect(asked).toEqual(["b.py", "a.py"]);
    expect(hints).toEqual([{ point: 3, nextUse: Infinity }, { point: 3, nextUse: 7 }]);
    const plain = fakePool();
    const single = analyzeFiles(snapshot({ "c.py": { blob: "3", size: 5 } }), [py("c.py")], plain.pool);
    await new Promise((r) => setTimeout(r, 10));
    plain.release();
    await single;
    expect(plain.hints).toEqual([undefined]);
  });

  it("analyses a blob once when two paths or two overlapping calls want it", async () => {
    const { pool, asked, release } = fakePool();
    const cache: AnalysisCache = new Map();
    const inflight: InflightAnalyses = new Map();
    const first = analyzeFiles(snapshot({ "x.py": { blob: "same", size: 5 }, "y.py": { blob: "same", size: 5 } }), [py("x.py"), py("y.py")], pool, { cache, inflight });
    await new Promise((r) => setTimeout(r, 10));
    const second = analyzeFiles(snapshot({ "z.py": { blob: "same", size: 5 } }), [py("z.py")], pool, { cache, inflight });
    await new Promise((r) => setTimeout(r, 10));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(asked).toEqual(["x.py"]);
    expect(a.analyses.map((x) => x.path)).toEqual(["x.py", "y.py"]);
    expect(b.analyses.map((x) => x.path)).toEqual(["z.py"]);
    expect([a.cached, b.cached]).toEqual([1, 1]);
    expect(cache.has("same")).toBe(true);
    expect(inflight.size).toBe(0);
  });

  it("does not cache a blob that could not be read", async () => {
    const { pool } = fakePool();
    const cache: AnalysisCache = new Map();
    const snap: Snapshot = { paths: ["gone.py"], read: () => Promise.reject(new Error("boom")), cacheKey: () => "k" };
    const res = await analyzeFiles(snap, [py("gone.py")], pool, { cache });
    expect(res.skipped).toEqual([{ path: "gone.py", reason: "unreadable: boom" }]);
    expect(cache.size).toBe(0);
  });

  it("names blobs to a pool that reads them, without reading them here; its skips are skips, unreadable ones not cached", async () => {
    const sources: unknown[] = [];
    const errors: Record<string, string> = { "bin.py": "binary", "gone.py": "unreadable: git object b3 missing" };
    const pool: AnalyzerPool = {
      readsBlobs: true,
      analyze: async (path, source, language) => {
        sources.push(source);
        return { path, language, nloc: 1, functions: [], symbols: [], tokens: { hashes: new Uint32Array(), lines: new Uint32Array() }, error: errors[path] };
      },
      spliced: () => 0,
      close: async () => {},
    };
    const blobs: Record<string, string> = { "a.py": "b1", "bin.py": "b2", "gone.py": "b3" };
    const snap: Snapshot = {
      paths: Object.keys(blobs),
      read: () => Promise.reject(new Error("read here")),
      cacheKey: (p) => blobs[p],
      blob: (p) => blobs[p],
    };
    const cache: AnalysisCache = new Map();
    let dispatched = false;
    const res = await analyzeFiles(snap, Object.keys(blobs).map(py), pool, { cache, onDispatched: () => (dispatched = true) });
    expect(sources).toEqual([{ blob: "b1" }, { blob: "b2" }, { blob: "b3" }]);
    expect(dispatched).toBe(true);
    expect(res.analyses.map((a) => a.path)).toEqual(["a.py"]);
    expect(res.skipped).toEqual([
      { path: "bin.py", reason: "binary" },
      { path: "gone.py", reason: "unreadable: git object b3 missing" },
    ]);
    expect([...cache.keys()].sort()).toEqual(["b1", "b2"]);
  });
});
