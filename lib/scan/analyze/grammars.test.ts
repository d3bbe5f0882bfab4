import { beforeAll, describe, expect, it } from "vitest";
import { initAnalyzer, parseText, readyParser } from "./grammars";

beforeAll(() => initAnalyzer(["python", "typescript"]));

describe("parseText", () => {
  it("gives the tree a whole-string parse gives, with surrogate pairs across read boundaries", () => {
    // Emoji (two code units each) at every offset around the 2,048-unit reads.
    const line = (i: number) => `${"x".repeat(i % 7)}s${i} = "${"😀".repeat(1 + (i % 3))}" if a or b else ${i}\n`;
    const source = Array.from({ length: 600 }, (_, i) => line(i)).join("");
    expect(source.length).toBeGreaterThan(3 * 2048);
    const { parser } = readyParser("python");
    const whole = parser.parse(source)!;
    const pieces = parseText(parser, source)!;
    try {
      expect(pieces.rootNode.toString()).toBe(whole.rootNode.toString());
      expect(pieces.rootNode.hasError).toBe(false);
      // Node text is read back through the same pieces.
      const last = pieces.rootNode.lastNamedChild!;
      expect(last.text).toBe(line(599).trimEnd());
      expect(pieces.rootNode.text).toBe(source);
    } finally {
      whole.delete();
      pieces.delete();
    }
  });

  it("parses alike when reads end inside surrogate pairs (a string of emoji only)", () => {
    const source = `s = "${"😀".repeat(5000)}"\nt = 1\n`;
    const { parser } = readyParser("python");
    const whole = parser.parse(source)!;
    const pieces = parseText(parser, source)!;
    try {
      expect(pieces.rootNode.toString()).toBe(whole.rootNode.toString());
      expect(pieces.rootNode.firstNamedChild!.text).toBe(source.split("\n")[0]);
    } finally {
      whole.delete();
      pieces.delete();
    }
  });

  it("reparses an edited tree and reads an empty source", () => {
    const { parser } = readyParser("typescript");
    const before = "export const a = (x: number) => x ?? 1;\n".repeat(200);
    const old = parseText(parser, before)!;
    const after = before + "export function f() { return 1; }\n";
    old.edit({
      startIndex: before.length, oldEndIndex: before.length, newEndIndex: after.length,
      startPosition: { row: 200, column: 0 }, oldEndPosition: { row: 200, column: 0 }, newEndPosition: { row: 201, column: 0 },
    });
    const next = parseText(parser, after, old)!;
    const fresh = parser.parse(after)!;
    const empty = parseText(parser, "")!;
    try {
      expect(next.rootNode.toString()).toBe(fresh.rootNode.toString());
      expect(empty.rootNode.childCount).toBe(0);
    } finally {
      for (const t of [old, next, fresh, empty]) t.delete();
    }
  });
});
