import { describe, expect, it } from "vitest";
import { textEdits, uniqueAnchors } from "./text-diff";

function apply(before: string, after: string): string {
  let out = "";
  let at = 0;
  for (const e of textEdits(before, after)) {
    expect(e.start).toBeGreaterThanOrEqual(at);
    out += before.slice(at, e.start) + after.slice(e.newStart, e.newEnd);
    at = e.oldEnd;
  }
  return out + before.slice(at);
}

describe("textEdits", () => {
  it("finds separate edits far apart, each narrowed to what changed", () => {
    const before = "a\nb\nc\nd\ne\nf\n";
    const after = "a\nB\nc\nd\ne\nfx\n";
    expect(textEdits(before, after)).toEqual([
      { start: 2, oldEnd: 3, newStart: 2, newEnd: 3 },
      { start: 11, oldEnd: 11, newStart: 11, newEnd: 12 },
    ]);
    expect(textEdits(before, before)).toEqual([]);
  });

  it("never splits a surrogate pair", () => {
    const [edit] = textEdits("x 😀 y", "x 😁 y");
    expect(edit).toEqual({ start: 2, oldEnd: 4, newStart: 2, newEnd: 4 });
  });

  it("turns the old text into the new one (random texts, fixed seed)", () => {
    let s = 42;
    const pick = (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s % n);
    const alphabet = ["a", "b", "\n", "\r\n", "😀", "é", " "];
    const text = (n: number) => Array.from({ length: n }, () => alphabet[pick(alphabet.length)]).join("");
    for (let i = 0; i < 300; i++) {
      const before = text(pick(60));
      const after = pick(2) ? text(pick(60)) : before.slice(0, pick(before.length + 1)) + text(pick(5)) + before.slice(pick(before.length + 1));
      expect(apply(before, after)).toBe(after);
    }
  });
});

describe("textEdits on long texts", () => {
  it("narrows one changed character to itself wherever it falls, block edges included", () => {
    const line = (i: number) => `    value_${i} = compute(${i}, "text")\n`;
    const before = Array.from({ length: 400 }, (_, i) => line(i)).join("");
    for (const at of [0, 1, 1023, 1024, 1025, 2047, 2048, 5000, before.length - 1025, before.length - 1024, before.length - 2]) {
      if (before[at] === "\n") continue;
      const after = `${before.slice(0, at)}#${before.slice(at + 1)}`;
      expect(textEdits(before, after), `at ${at}`).toEqual([{ start: at, oldEnd: at + 1, newStart: at, newEnd: at + 1 }]);
    }
    // Lengths differ: a line inserted near the end, and one removed near the start.
    const inserted = `${before.slice(0, before.length - 3000)}x = 1\n${before.slice(before.length - 3000)}`;
    expect(apply(before, inserted)).toBe(inserted);
    const removed = before.slice(0, 1500) + before.slice(1500 + line(40).length);
    expect(apply(before, removed)).toBe(removed);
  });

  it("gives one edit over the changed span once more than 2,000 lines differ, and a diff below that", () => {
    const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}\n`).join("");
    const head = "same\n";
    // 1,100 lines replaced by 1,100 others: 2,200 edits, over the cap.
    const overBefore = head + lines(1100, "a") + head;
    const overAfter = head + lines(1100, "b") + head;
    const over = textEdits(overBefore, overAfter);
    expect(over).toHaveLength(1);
    expect(over[0]!.start).toBe(head.length);
    expect(apply(overBefore, overAfter)).toBe(overAfter);
    // 900 replaced and an equal line between two halves: under the cap, two edits.
    const before = head + lines(450, "a") + "keep\n" + lines(450, "c") + head;
    const after = head + lines(450, "b") + "keep\n" + lines(450, "d") + head;
    expect(textEdits(before, after)).toHaveLength(2);
    expect(apply(before, after)).toBe(after);
  });

  it("anchors on lines unique to both sides: two swapped blocks of 1,200 lines are two edits, not one over the file", () => {
    const block = (tag: string) => Array.from({ length: 1200 }, (_, i) => `${tag}${i}\n`).join("");
    const before = "top\n" + block("a") + "mid\n" + block("b") + "end\n";
    const after = "top\n" + block("b") + "mid\n" + block("a") + "end\n";
    // No line is missing from either side, yet Myers needs 4,800 moves: past its cap.
    const edits = textEdits(before, after);
    expect(edits).toHaveLength(2);
    expect(edits.reduce((n, e) => n + (e.oldEnd - e.start) + (e.newEnd - e.newStart), 0)).toBeLessThan(before.length);
    expect(apply(before, after)).toBe(after);
  });
});

describe("uniqueAnchors", () => {
  it("keeps the longest chain of lines found once on each side, in order on both", () => {
    // Lines 1..5 unique; 9 repeated. b moves line 2 to the end: the chain is 1, 3, 4, 5.
    const a = Int32Array.from([1, 2, 9, 3, 4, 9, 5]);
    const b = Int32Array.from([1, 9, 3, 4, 5, 9, 2]);
    expect([...uniqueAnchors(a, b, 10)]).toEqual([0, 0, 3, 2, 4, 3, 6, 4]);
    expect([...uniqueAnchors(Int32Array.from([9, 9]), Int32Array.from([9]), 10)]).toEqual([]);
  });
});

