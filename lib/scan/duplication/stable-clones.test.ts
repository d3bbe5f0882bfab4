import { describe, expect, it } from "vitest";
import type { Clone, CloneResult } from "./detect-clones";
import { CloneIdentity } from "./stable-clones";

const loc = (path: string, startLine: number, startToken = startLine * 10) => ({ path, startLine, endLine: startLine + 5, startToken, endToken: startToken + 60 });
const clone = (a: string, b: string, line = 1, fingerprint = "f1"): Clone => ({ language: "python", a: loc(a, line), b: loc(b, line), tokens: 60, lines: 6, fingerprint });
const result = (clones: Clone[]): CloneResult => ({ clones, duplicatedLinesByFile: new Map(), codeLinesByFile: new Map(), skipped: [] });

describe("CloneIdentity", () => {
  it("returns the earlier object for a clone found again, a new one for a changed clone", () => {
    const ids = new CloneIdentity();
    const first = ids.stabilise(result([clone("a.py", "b.py"), clone("a.py", "c.py")])).clones;
    const second = ids.stabilise(result([clone("a.py", "b.py"), clone("a.py", "c.py", 2)])).clones;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.a.startLine).toBe(2);
  });

  it("tells clones apart by every field, fingerprint and token offsets included", () => {
    const ids = new CloneIdentity();
    const first = ids.stabilise(result([clone("a.py", "b.py")])).clones[0]!;
    expect(ids.stabilise(result([clone("a.py", "b.py", 1, "f2")])).clones[0]).not.toBe(first);
    const shifted = clone("a.py", "b.py");
    shifted.b = { ...shifted.b, startToken: shifted.b.startToken + 1 };
    expect(ids.stabilise(result([shifted])).clones[0]).not.toBe(first);
    // Same later side, anything else different: each field on its own makes a new object.
    const base = ids.stabilise(result([clone("a.py", "b.py")])).clones[0]!;
    const variants: Clone[] = [
      { ...base, language: "typescript" }, { ...base, tokens: 61 }, { ...base, lines: 7 },
      { ...base, a: { ...base.a, path: "z.py" } }, { ...base, a: { ...base.a, startLine: 2 } }, { ...base, a: { ...base.a, endLine: 9 } },
      { ...base, a: { ...base.a, startToken: 11 } }, { ...base, a: { ...base.a, endToken: 99 } },
      { ...base, b: { ...base.b, startLine: 2 } }, { ...base, b: { ...base.b, endLine: 9 } }, { ...base, b: { ...base.b, endToken: 99 } },
    ];
    for (const v of variants) {
      ids.stabilise(result([base]));
      expect(ids.stabilise(result([v])).clones[0]).toBe(v);
    }
    ids.stabilise(result([base]));
    expect(ids.stabilise(result([{ ...base, a: { ...base.a }, b: { ...base.b } }])).clones[0]).toBe(base);
  });

  it("forgets a clone missing for a whole point", () => {
    const ids = new CloneIdentity();
    const first = ids.stabilise(result([clone("a.py", "b.py")])).clones[0]!;
    ids.stabilise(result([]));
    expect(ids.stabilise(result([clone("a.py", "b.py")])).clones[0]).not.toBe(first);
  });

  it("keeps the rest of the result as it is", () => {
    const r = result([clone("a.py", "b.py")]);
    r.duplicatedLinesByFile.set("a.py", 6);
    const out = new CloneIdentity().stabilise(r);
    expect(out.duplicatedLinesByFile).toBe(r.duplicatedLinesByFile);
    expect(out.clones).toEqual(r.clones);
  });
});
