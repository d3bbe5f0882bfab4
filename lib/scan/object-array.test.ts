import { describe, expect, it } from "vitest";
import { filterObjects, mapObjects, objectArray } from "./object-array";

describe("object-kind arrays", () => {
  it("objectArray gives a new empty array each call", () => {
    const a = objectArray<{ x: number }>();
    a.push({ x: 1 });
    expect(objectArray()).toEqual([]);
  });

  it("mapObjects maps like Array.prototype.map, passing each index", () => {
    expect(mapObjects(["a", "b"], (s, i) => ({ s, i }))).toEqual([{ s: "a", i: 0 }, { s: "b", i: 1 }]);
    expect(mapObjects([], () => ({}))).toEqual([]);
  });

  it("filterObjects keeps what Array.prototype.filter keeps, in order", () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect(filterObjects(items, (x) => x.n !== 2)).toEqual([{ n: 1 }, { n: 3 }]);
    expect(filterObjects(items, () => false)).toEqual([]);
  });
});
