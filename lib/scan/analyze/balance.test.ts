import { describe, expect, it } from "vitest";
import { balance } from "./balance";

describe("balance", () => {
  it("puts the heaviest items first, each on the lightest bin", () => {
    const homes = balance([["small", 1], ["app.tsx", 40], ["b", 20], ["c", 19], ["d", 2]], 2);
    expect(homes.get("app.tsx")).toBe(0);
    // b and c go together against app.tsx: 40 + 1 against 20 + 19 + 2.
    expect([homes.get("b"), homes.get("c"), homes.get("d")]).toEqual([1, 1, 1]);
    expect(homes.get("small")).toBe(0);
  });

  it("does not depend on the order of the input", () => {
    const items: Array<[string, number]> = [["a", 5], ["b", 5], ["c", 3], ["d", 3], ["e", 3]];
    expect(balance([...items].reverse(), 3)).toEqual(balance(items, 3));
  });

  it("keeps every bin's total within 4/3 of the best split", () => {
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), seed % 1000);
    const items = Array.from({ length: 60 }, (_, i) => [`f${i}`, next()] as [string, number]);
    const homes = balance(items, 2);
    const load = [0, 0];
    for (const [name, w] of items) load[homes.get(name)!] += w;
    const total = load[0]! + load[1]!;
    expect(Math.max(...load)).toBeLessThanOrEqual(Math.ceil(((total / 2) * 4) / 3));
  });
});
