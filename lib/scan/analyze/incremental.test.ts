import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../types";
import { analyzeSource, analyzeTree } from "./analyze-source";
import { initAnalyzer, parseText, readyParser } from "./grammars";
import { textEdits } from "./text-diff";
import { Retainer, retainBudget } from "./retainer";
import { code } from "./test-helpers";

beforeAll(() => initAnalyzer());

/** Analyses each version after the previous one incrementally; every result must equal a fresh one. */
function expectSameAsFresh(path: string, language: Language, versions: string[]): number {
  const retainer = new Retainer({ budget: 1e9 });
  try {
    for (const [i, source] of versions.entries()) {
      const incremental = retainer.analyze(path, source, language, { point: i, nextUse: i + 1 });
      expect(incremental, `${path} version ${i}`).toEqual(analyzeSource(path, source, language));
    }
    return retainer.spliced;
  } finally {
    retainer.clear();
  }
}

/** A small deterministic generator, so random edits are the same on every run. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

function randomEdits(base: string, seed: number, count: number): string[] {
  const pick = random(seed);
  const pieces = ["\n", "    ", "x", "(", ")", ":", '"""', "'", "`", "def g(a):\n    return a\n", "if a:\n", "# c\n", "é", "😀", "\r\n", "{", "}"];
  const out: string[] = [];
  let text = base;
  for (let i = 0; i < count; i++) {
    const lines = text.split("\n");
    const at = pick(lines.length);
    switch (pick(4)) {
      case 0:
        lines.splice(at, 1);
        text = lines.join("\n");
        break;
      case 1:
        lines.splice(at, 0, lines[pick(lines.length)] ?? "");
        text = lines.join("\n");
        break;
      default: {
        const index = pick(text.length + 1);
        text = text.slice(0, index) + pieces[pick(pieces.length)] + text.slice(index + pick(3));
      }
    }
    out.push(text);
  }
  return out;
}

const PY_BASE = code(`
  """Module docstring."""
  import os

  CONSTANT = {"a": 1, "b": [x for x in range(3) if x]}


  class Base:
      """Base."""

      def first(self, a, b=2):
          if a and b:
              return a
          return b // 2

      @property
      def second(self):
          return [y for y in self.items if y or not y]


  def helper(x):
      """Helper."""
      try:
          return x
      except ValueError:
          return None
      finally:
          pass


  class Other(Base):
      def third(self):
          s = f"{self.x} and {self.y}"
          return s
`);

describe("incremental analysis", () => {
  it("equals a fresh analysis over hand-written Python edits", () => {
    const versions = [
      PY_BASE,
      // A method inserted in a class.
      PY_BASE.replace("    @property", "    def inserted(self, q):\n        return q or 1\n\n    @property"),
      // A docstring changed, then a triple-quoted string opened and closed again.
      PY_BASE.replace('"""Helper."""', '"""Helper, longer\n    over two lines."""'),
      PY_BASE.replace('"""Helper."""', '"""Helper.'),
      PY_BASE,
      // First and last lines.
      "# head\n" + PY_BASE.slice(PY_BASE.indexOf("\n") + 1),
      PY_BASE + "\nprint('tail')\n",
      // Non-ASCII, emoji and CJK before functions (their lines and offsets move).
      PY_BASE.replace("import os", "import os  # 設定 😀 ünïcode"),
      PY_BASE.replace("import os", "import os  # 設定 😁 ünïcode"),
      // CRLF line ends.
      PY_BASE.replace(/\n/g, "\r\n"),
      PY_BASE.replace(/\n/g, "\r\n").replace("return b // 2", "return b // 3"),
      // Everything deleted, then back.
      "",
      PY_BASE,
      PY_BASE.replace("class Other(Base):", "class Other(Base):\n    x = 1"),
    ];
    const spliced = expectSameAsFresh("m.py", "python", versions);
    // Unchanged statements were reused, not only reparsed.
    expect(spliced).toBeGreaterThan(10);
  });

  it("equals a fresh analysis over random edits (fixed seed)", () => {
    expectSameAsFresh("r.py", "python", [PY_BASE, ...randomEdits(PY_BASE, 7, 120)]);
    const ts = execFileSync("git", ["show", "HEAD:lib/scan/analyze/walker.ts"], { encoding: "utf8" });
    expectSameAsFresh("r.ts", "typescript", [ts, ...randomEdits(ts, 11, 60)]);
    for (const [file, language, seed] of [["sample.java", "java", 13], ["sample.go", "go", 17], ["sample.cs", "csharp", 19], ["sample.rs", "rust", 23]] as const) {
      const source = readFileSync(join(import.meta.dirname, "fixtures", file), "utf8");
      expectSameAsFresh(file, language, [source, ...randomEdits(source, seed, 80)]);
    }
  });

  it("reuses statements inside functions (a describe/it test file) and equals a fresh analysis", () => {
    const base = code(`
      import { describe, expect, it } from "vitest";

      describe("cart", () => {
        const items = [1, 2, 3];

        it("totals", () => {
          const total = items.reduce((a, b) => a + b, 0);
          expect(total > 5 ? total : 0).toBe(6);
        });

        it("filters", async () => {
          for (const x of items) {
            if (x % 2 === 0 || x > 2) expect(x).toBeTruthy();
          }
        });

        it("maps", () => {
          expect(items.map((x) => (x ? x * 2 : 0))).toHaveLength(3);
        });
      });
    `);
    const versions = [
      base,
      // One test changed: its siblings and the other statements of the describe callback are reused.
      base.replace("toBe(6)", "toBe(6 ?? 7)"),
      // A test inserted, moving the ones after it down.
      base.replace('  it("maps"', '  it("new", () => {\n    expect(items && items.length).toBe(3);\n  });\n\n  it("maps"'),
      // The same statements taken out of the describe callback: they now belong to no function.
      base.replace('describe("cart", () => {', "{").replace(/\n\}\);\n$/, "\n}\n"),
      // And into another function: now it counts what they add.
      base.replace('describe("cart", () => {', 'describe("cart", function named() {'),
      base,
    ];
    const spliced = expectSameAsFresh("cart.test.ts", "typescript", versions);
    expect(spliced).toBeGreaterThan(8);
  });

  it("splices a statement only into the same context: inside a function or at top level", () => {
    // The parser is told nothing changed, so only the context check keeps the statements of the
    // old function from being spliced at top level (and the top-level ones into a function).
    const inside = "function f() {\n  g(a ? 1 : 2);\n  h(b || c);\n}\n";
    const outside = "function f() {}\n  g(a ? 1 : 2);\n  h(b || c);\n\n";
    for (const [before, after] of [[inside, outside], [outside, inside]]) {
      const { parser } = readyParser("typescript");
      const oldTree = parseText(parser, before)!;
      const newTree = parseText(parser, after)!;
      try {
        const { memo } = analyzeTree("c.ts", before, "typescript", oldTree, { record: true });
        const reuse = { memo: memo!, edits: textEdits(before, after), changed: [] };
        const { analysis } = analyzeTree("c.ts", after, "typescript", newTree, { record: true, reuse });
        expect(analysis).toEqual(analyzeSource("c.ts", after, "typescript"));
      } finally {
        oldTree.delete();
        newTree.delete();
      }
    }
  });

  it("equals a fresh analysis over this repository's history of lib/ files", () => {
    const paths = execFileSync("git", ["log", "--format=", "--name-only", "-n", "120", "--", "lib/*.ts", "lib/*.tsx"], { encoding: "utf8" })
      .split("\n")
      .filter((p) => p.endsWith(".ts") || p.endsWith(".tsx"));
    const chosen = [...new Set(paths)].slice(0, 12);
    let spliced = 0;
    let versionsSeen = 0;
    for (const path of chosen) {
      const shas = execFileSync("git", ["log", "--format=%H", "-n", "8", "--", path], { encoding: "utf8" }).trim().split("\n").reverse();
      const versions: string[] = [];
      for (const sha of shas) {
        try {
          versions.push(execFileSync("git", ["show", `${sha}:${path}`], { encoding: "utf8", maxBuffer: 1 << 26 }));
        } catch {
          // Deleted at that commit.
        }
      }
      versionsSeen += versions.length;
      spliced += expectSameAsFresh(path, path.endsWith(".tsx") ? "tsx" : "typescript", versions);
    }
    expect(versionsSeen).toBeGreaterThan(chosen.length);
    expect(spliced).toBeGreaterThan(0);
  });
});

/**
 * Edits a Python module as people do: whole methods and functions added, removed or changed,
 * lines re-indented, comments and blank lines moved, and now and then a syntax error. Each
 * result is the base for the next, so most versions are analysed from a sparse parse.
 */
function pythonEdits(base: string, seed: number, count: number): string[] {
  const pick = random(seed);
  const out: string[] = [];
  let lines = base.split("\n");
  const at = (re: RegExp) => {
    const hits = lines.flatMap((line, i) => (re.test(line) ? [i] : []));
    return hits.length ? hits[pick(hits.length)]! : pick(lines.length);
  };
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    switch (pick(12)) {
      case 0:
        lines.splice(at(/^    def /), 0, `    def added${n}(self, a):`, `        return a or ${n}`, "");
        break;
      case 1:
        lines.splice(at(/^(def|class) /), 0, `def top${n}(x):`, `    """Doc."""`, `    if x:`, `        return ${n}`, "", "");
        break;
      case 2: {
        // A method or function removed, up to the next line at its indentation or less.
        const from = at(/^ {0,4}def /);
        const indent = lines[from]!.length - lines[from]!.trimStart().length;
        let to = from + 1;
        while (to < lines.length && (lines[to]!.trim() === "" || lines[to]!.length - lines[to]!.trimStart().length > indent)) to++;
        lines.splice(from, to - from);
        break;
      }
      case 3: {
        const k = at(/return /);
        lines[k] = lines[k]!.replace("return ", `return ${n} if ${n} > 1 else `);
        break;
      }
      case 4: {
        // Re-indenting (cases 4, 5, 8) and breaking (10) are rarer: tree-sitter reads many
        // such files without an error, but their blocks then fall back to whole parses.
        if (pick(3) > 0) break;
        const k = pick(lines.length);
        lines[k] = "    " + lines[k];
        break;
      }
      case 5: {
        if (pick(3) > 0) break;
        const k = at(/^ {4,}\S/);
        lines[k] = lines[k]!.slice(4);
        break;
      }
      case 6:
        lines.splice(pick(lines.length + 1), 0, ["# note", "    # indented note", "", "        # deep note"][pick(4)]!);
        break;
      case 7:
        lines.splice(pick(lines.length), 1);
        break;
      case 8:
        // A line after a block, indented deeper: it joins the block.
        if (pick(3) > 0) break;
        lines.splice(at(/^\S/), 0, `        extra_${n} = ${n}`);
        break;
      case 9: {
        const k = at(/^\s*(def|class) /);
        lines[k] = lines[k]!.replace(/\(/, `(p${n}, `);
        break;
      }
      case 10: {
        // Rarer: an unclosed string or bracket breaks every version after it.
        if (pick(4) > 0) break;
        const k = pick(lines.length);
        lines[k] = lines[k] + ["\\", " (", ":", '"""', ";x = 1"][pick(5)]!;
        break;
      }
      default:
        lines.splice(at(/^    @|^    def /), 0, `    @staticmethod`, `    def s${n}():`, `        pass`, "");
    }
    const text = lines.join("\n");
    out.push(text);
    lines = text.split("\n");
  }
  return out;
}

describe("sparse parse of Python", () => {
  it("equals a fresh analysis over edits that keep most versions valid (fixed seeds)", () => {
    const source = readFileSync(join(import.meta.dirname, "fixtures", "sample.py"), "utf8");
    let spliced = 0;
    for (const seed of [1, 2, 3, 4, 5]) spliced += expectSameAsFresh("sample.py", "python", [source, ...pythonEdits(source, seed, 80)]);
    // Most versions were analysed sparsely (left-out statements are spliced), not parsed whole.
    expect(spliced).toBeGreaterThan(1000);
  });

  it("parses whole a file whose unchanged class a new, deeper-indented line now continues", () => {
    const before = "class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        return 2\n\nx = 1\n";
    const after = before.replace("\nx = 1", "\n        y = 2\nx = 1");
    expectSameAsFresh("m.py", "python", [before, after]);
  });
});

describe("Retainer", () => {
  const body = (n: number) => `x = ${"1 + ".repeat(n)}1\n`;

  it("keeps the source it retains under its budget, evicting the version needed furthest ahead", () => {
    const retainer = new Retainer({ budget: 90 });
    retainer.analyze("a.py", body(5), "python", { point: 0, nextUse: 3 });
    retainer.analyze("b.py", body(5), "python", { point: 0, nextUse: 9 });
    expect(retainer.retainedPaths()).toEqual(["a.py", "b.py"]);
    // Over budget: b.py is needed at point 9, after a.py (3) and c.py (4).
    retainer.analyze("c.py", body(10), "python", { point: 0, nextUse: 4 });
    expect(retainer.retainedPaths()).toEqual(["a.py", "c.py"]);
    expect(retainer.retainedSize).toBeLessThanOrEqual(90);
    // Needed later than everything retained: analysed, then dropped itself.
    retainer.analyze("d.py", body(10), "python", { point: 0, nextUse: 50 });
    expect(retainer.retainedPaths()).toEqual(["a.py", "c.py"]);
    // Larger than the whole budget: analysed, never retained.
    retainer.analyze("e.py", body(40), "python", { point: 0, nextUse: 1 });
    expect(retainer.retainedPaths()).not.toContain("e.py");
    retainer.clear();
    expect(retainer.retainedSize).toBe(0);
  });

  it("drops first a version whose next use has passed (its path's next version never came)", () => {
    const retainer = new Retainer({ budget: 60 });
    retainer.analyze("a.py", body(5), "python", { point: 0, nextUse: 2 });
    retainer.analyze("b.py", body(5), "python", { point: 0, nextUse: 9 });
    // Point 3: a.py's version for point 2 was never sent (served from the blob cache).
    retainer.analyze("c.py", body(1), "python", { point: 3, nextUse: 5 });
    expect(retainer.retainedPaths().sort()).toEqual(["b.py", "c.py"]);
    retainer.clear();
  });

  it("does not keep a version that has no successor, and replaces a path's version with its next", () => {
    const retainer = new Retainer({ budget: 1e6 });
    retainer.analyze("a.py", body(1), "python", { point: 0, nextUse: Infinity });
    expect(retainer.retainedPaths()).toEqual([]);
    retainer.analyze("b.py", body(1), "python", { point: 0, nextUse: 2 });
    expect(retainer.retainedSize).toBe(body(1).length);
    retainer.analyze("b.py", body(2), "python", { point: 0, nextUse: 5 });
    expect(retainer.retainedSize).toBe(body(2).length);
    // The last version of b.py: analysed from the retained one, which is then freed.
    retainer.analyze("b.py", "x = 1 + 1 + 1 + 2\n", "python", { point: 0, nextUse: Infinity });
    expect(retainer.retainedPaths()).toEqual([]);
    expect(retainer.retainedSize).toBe(0);
  });

  it("shares a default budget sized to the machine's memory among the workers; PAYDOWN_RETAIN_CHARS sets one per worker", () => {
    const gib = 2 ** 30;
    expect(retainBudget(24 * gib, undefined, 2)).toBe(8_000_000);
    expect(retainBudget(12 * gib, "", 2)).toBe(8_000_000);
    expect(retainBudget(24 * gib, undefined, 16)).toBe(1_000_000);
    expect(retainBudget(8 * gib, undefined, 2)).toBe(4_000_000);
    expect(retainBudget(2 * gib, undefined, 2)).toBe(2_000_000);
    expect(retainBudget(2 * gib, undefined, 0)).toBe(4_000_000);
    expect(retainBudget(24 * gib, "1000", 16)).toBe(1000);
    expect(retainBudget(24 * gib, "0", 2)).toBe(0);
    expect(retainBudget(24 * gib, "lots", 2)).toBe(0);
  });
});
