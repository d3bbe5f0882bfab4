import { describe, expect, it } from "vitest";
import { LIZARD_CSV_HEADER, lizardCsv, lizardCsvLine } from "./lizard-csv";
import type { FileAnalysis } from "./types";

describe("Lizard CSV", () => {
  it("writes Lizard's columns, quoting and location format", () => {
    const fn = { name: "Parser.parse", longName: 'Parser.parse( self , text = "x" )', startLine: 10, endLine: 24, nloc: 12, ccn: 4, tokens: 88, params: 2 };
    // The same line `python3 lizard.py --csv` prints for such a function.
    expect(lizardCsvLine("pkg/parser.py", fn)).toBe(
      `12,4,88,2,15,"Parser.parse@10-24@pkg/parser.py","pkg/parser.py","Parser.parse","Parser.parse( self , text = 'x' )",10,24`,
    );
  });

  it("starts with the -V header and lists files in path order", () => {
    const file = (path: string, name: string): FileAnalysis => ({
      path,
      language: "python",
      nloc: 2,
      functions: [{ name, longName: `${name}( )`, startLine: 1, endLine: 2, nloc: 2, ccn: 1, tokens: 5, params: 0 }],
      symbols: [],
      tokens: { hashes: new Uint32Array(0), lines: new Uint32Array(0) },
    });
    const csv = lizardCsv([file("b.py", "g"), file("a.py", "f")]).trim().split("\n");
    expect(csv[0]).toBe(LIZARD_CSV_HEADER);
    expect(csv[0]).toBe("NLOC,CCN,token,PARAM,length,location,file,function,long_name,start,end");
    expect(csv.slice(1).map((l) => l.split(",")[6])).toEqual(['"a.py"', '"b.py"']);
  });
});
