import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { IndexedGroup, type FileState } from "./indexed-group";

/** IndexedGroup with its first-point indexing reachable. */
class Probe extends IndexedGroup {
  constructor() {
    super({ width: 3, minLines: 1, mask: -1 });
  }

  first(files: Array<{ h1: Int32Array; h2: Int32Array }>): FileState[] {
    const states = files.map((w, i) =>
      this.add({ path: `f${i}`, language: "x", tokens: { hashes: new Uint32Array(0), lines: new Uint32Array(0) } }, w),
    );
    let windows = 0;
    for (const w of files) windows += w.h1.length;
    this.index.expect(windows);
    this.indexAll(states);
    return states;
  }
}

describe("IndexedGroup.indexAll (the first point's index)", () => {
  it("chains every pair's windows in position order and marks exactly the shared ones, across table regions", () => {
    for (const seed of [1, 2, 3]) {
      const r = seededRandom(seed);
      // ~60k windows over ~20k pairs: the table spans several 2^14-slot regions, so windows are
      // linked region by region, out of position order.
      const keys = 20_000;
      const files = Array.from({ length: 40 }, () => {
        const n = r(3000);
        const h1 = new Int32Array(n);
        const h2 = new Int32Array(n);
        for (let k = 0; k < n; k++) {
          const key = r(keys);
          h1[k] = Math.imul(key, 0x9e3779b1);
          // Some pairs share h1 and differ in h2 only.
          h2[k] = key % 7 === 0 ? key % 3 : key;
        }
        return { h1, h2 };
      });
      const probe = new Probe();
      const states = probe.first(files);
      expect(probe.index.slotBits).toBeGreaterThan(14);

      const expected = new Map<string, string[]>();
      files.forEach((w, f) => {
        for (let k = 0; k < w.h1.length; k++) {
          const key = `${w.h1[k]},${w.h2[k]}`;
          const list = expected.get(key);
          if (list) list.push(`${f}:${k}`);
          else expected.set(key, [`${f}:${k}`]);
        }
      });
      const chains = new Map<string, string[]>();
      for (const key of expected.keys()) {
        const [h1, h2] = key.split(",").map(Number) as [number, number];
        const chain: string[] = [];
        for (let n = probe.index.headOf(probe.index.slotOf(h1, h2, false)); n >= 0; n = probe.index.nextOf(n)) {
          chain.push(`${probe.index.fileOf(n)}:${probe.index.offsetOf(n)}`);
        }
        chains.set(key, chain);
      }
      expect(chains).toEqual(expected);
      const nodesAndBits = (read: (f: number, k: number, key: string) => string) =>
        files.map((w, f) => Array.from(w.h1, (h, k) => read(f, k, `${h},${w.h2[k]}`)).join(" "));
      expect(nodesAndBits((f, k) => `${probe.index.fileOf(states[f]!.nodes[k]!)}:${probe.index.offsetOf(states[f]!.nodes[k]!)}:${states[f]!.shared[k]}`)).toEqual(
        nodesAndBits((f, k, key) => `${f}:${k}:${expected.get(key)!.length > 1 ? 1 : 0}`),
      );
    }
  });
});
