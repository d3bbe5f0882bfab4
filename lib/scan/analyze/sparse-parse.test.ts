import { describe, expect, it } from "vitest";
import { includedRanges, type LeftOut } from "./sparse-parse";

/** A left-out span over the text of `statement` in `source` (rows and shift do not matter here). */
function span(source: string, statement: string): LeftOut {
  const start = source.indexOf(statement);
  return { k: 0, start, end: start + statement.length, rows: 0, shift: 0 };
}

const text = (source: string, ranges: ReturnType<typeof includedRanges>) => ranges!.map((r) => source.slice(r.startIndex, r.endIndex));

describe("includedRanges", () => {
  it("leaves out the blank lines and comments between two left-out statements with them", () => {
    const source = "import os\n\nA = 1\n\n# note\nB = 2\n\ndef f():\n    return 3\n";
    const ranges = includedRanges(source, [span(source, "A = 1"), span(source, "B = 2")]);
    expect(text(source, ranges)).toEqual(["import os\n\n", "\n\ndef f():\n    return 3\n"]);
    // Positions stay those of the real text.
    expect(ranges![1]!.startPosition).toEqual({ row: 5, column: 5 });
  });

  it("keeps code between two left-out statements, and the text before the first", () => {
    const source = "# head\nA = 1\nx = 2\nB = 3\n";
    expect(text(source, includedRanges(source, [span(source, "A = 1"), span(source, "B = 3")]))).toEqual(["# head\n", "\nx = 2\n", "\n"]);
    const hash = "A = 1\ns = '#'\nB = 3\n";
    expect(text(hash, includedRanges(hash, [span(hash, "A = 1"), span(hash, "B = 3")]))).toEqual(["\ns = '#'\n", "\n"]);
  });
});
