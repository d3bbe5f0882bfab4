import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { PairIndex } from "./pair-index";

interface Window {
  file: number;
  off: number;
  h1: number;
  h2: number;
  node: number;
}

/** Every chain read back through the public accessors, as "file:off" lists by pair. */
function chains(index: PairIndex, windows: Window[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of windows) {
    const key = `${w.h1},${w.h2}`;
    if (out.has(key)) continue;
    const list: string[] = [];
    for (let n = index.headOf(index.slotOf(w.h1, w.h2, false)); n >= 0; n = index.nextOf(n)) list.push(`${index.fileOf(n)}:${index.offsetOf(n)}`);
    out.set(key, list);
  }
  return out;
}

/** The same chains computed directly: each pair's windows in position order (rank, then offset). */
function expected(windows: Window[], rank: Int32Array): Map<string, string[]> {
  const out = new Map<string, Window[]>();
  for (const w of windows) {
    const key = `${w.h1},${w.h2}`;
    out.set(key, [...(out.get(key) ?? []), w]);
  }
  return new Map(
    [...out].map(([key, ws]) => [key, ws.sort((a, b) => rank[a.file]! - rank[b.file]! || a.off - b.off).map((w) => `${w.file}:${w.off}`)]),
  );
}

describe("PairIndex", () => {
  it("keeps every chain in position order through inserts in any order, removals and rebuilds", () => {
    for (const seed of [1, 2, 3, 4]) {
      const r = seededRandom(seed);
      const files = 12;
      const rank = new Int32Array(files).map((_, i) => (i * 7) % files);
      // Few distinct pairs (long chains) or many (the table is rebuilt on the way).
      const index = new PairIndex(4);
      let live: Window[] = [];
      const left: number[] = [];
      for (let step = 0; step < 3000; step++) {
        const op = r(10);
        if (op < 7 || live.length === 0) {
          const file = r(files);
          const off = step;
          const h = r(seed % 2 ? 40 : 1500);
          const w: Window = { file, off, h1: h * 31, h2: h ^ 0x5bd1e995, node: -1 };
          w.node = index.insert(index.slotOf(w.h1, w.h2, true), file, off, rank);
          live.push(w);
        } else if (op < 9) {
          const [w] = live.splice(r(live.length), 1);
          index.remove(w!.node, w!.h1, w!.h2, (n) => left.push(n));
        } else {
          const file = r(files);
          const stamp = index.nextStamp();
          for (const w of live.filter((x) => x.file === file)) index.removeFile(w.h1, w.h2, file, stamp, (n) => left.push(n));
          live = live.filter((x) => x.file !== file);
        }
      }
      expect(chains(index, live)).toEqual(expected(live, rank));
      // `left` names nodes that were alone in their chain when reported; each is a live node.
      const liveNodes = new Set(live.map((w) => w.node));
      expect(left.some((n) => liveNodes.has(n))).toBe(true);
    }
  });

  it("appends at the tail and still inserts at the head or in the middle", () => {
    const index = new PairIndex(4);
    const rank = new Int32Array([0, 1, 2]);
    const slot = () => index.slotOf(7, 9, true);
    const at = (file: number, off: number) => index.insert(slot(), file, off, rank);
    const b = at(1, 5);
    expect(index.before).toBe(-1);
    at(2, 0);
    expect(index.before).toBe(b);
    const a = at(0, 3);
    expect(index.before).toBe(-1);
    at(1, 9);
    expect(index.before).toBe(b);
    const order: string[] = [];
    for (let n = index.headOf(slot()); n >= 0; n = index.nextOf(n)) order.push(`${index.fileOf(n)}:${index.offsetOf(n)}`);
    expect(order).toEqual(["0:3", "1:5", "1:9", "2:0"]);
    expect(index.headOf(slot())).toBe(a);
    // Removing the tail moves it back: the next append still lands last.
    const stamp = index.nextStamp();
    index.removeFile(7, 9, 2, stamp, () => undefined);
    at(2, 1);
    const after: string[] = [];
    for (let n = index.headOf(slot()); n >= 0; n = index.nextOf(n)) after.push(`${index.fileOf(n)}:${index.offsetOf(n)}`);
    expect(after).toEqual(["0:3", "1:5", "1:9", "2:1"]);
  });

  it("keeps a chain's tail through a rebuild", () => {
    const index = new PairIndex(4);
    const rank = new Int32Array([0, 1, 2]);
    const read = () => {
      const out: string[] = [];
      for (let n = index.headOf(index.slotOf(7, 9, false)); n >= 0; n = index.nextOf(n)) out.push(`${index.fileOf(n)}:${index.offsetOf(n)}`);
      return out;
    };
    // Node 0 is another pair's: a tail lost in the rebuild (read as 0) would splice into that chain.
    index.insert(index.slotOf(1, 1, true), 0, 5, rank);
    index.insert(index.slotOf(7, 9, true), 0, 1, rank);
    index.insert(index.slotOf(7, 9, true), 0, 0, rank);
    // Enough new pairs to rebuild the table (it starts at 1,024 slots) several times, and once
    // grown ahead of need.
    for (let i = 0; i < 5000; i++) index.insert(index.slotOf(i + 100, i, true), 1, i, rank);
    index.expect(20_000);
    for (let i = 5000; i < 8000; i++) index.insert(index.slotOf(i + 100, i, true), 1, i, rank);
    index.insert(index.slotOf(7, 9, true), 2, 0, rank);
    expect(read()).toEqual(["0:0", "0:1", "2:0"]);
  });
});
