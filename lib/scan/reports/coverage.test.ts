import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCoverage } from "./coverage";
import { createPathMapper } from "./path-mapper";
import { ReportError } from "./report-error";
import { REPO_FILES, REPO_ROOT } from "./test-repo";

const fixture = (name: string) => join(import.meta.dirname, "fixtures", name);
const mapper = createPathMapper(REPO_ROOT, REPO_FILES);

async function tempReport(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "paydown-reports-"));
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

describe("readCoverage: formats", () => {
  it("reads JaCoCo XML (DOCTYPE, groups), matching its own LINE and BRANCH counters", async () => {
    const { files, unmapped, formats } = await readCoverage([fixture("jacoco.xml")], mapper);
    expect(formats[0]!.format).toBe("jacoco");
    expect(unmapped).toEqual([]);
    // Foo.java's counters: LINE 4 of 5 (a partly covered line counts as covered), BRANCH 3 of 4.
    expect(files.get("core/src/main/java/com/acme/Foo.java")).toEqual({
      coveredLines: 4, validLines: 5, coveredBranches: 3, validBranches: 4, uncoveredLines: [9],
    });
    // In a <group>: LINE 1 of 2, BRANCH 0 of 2.
    expect(files.get("core/src/main/java/com/acme/util/Strings.java")).toEqual({
      coveredLines: 1, validLines: 2, coveredBranches: 0, validBranches: 2, uncoveredLines: [4],
    });
  });

  it("reads a Go coverage profile: the lines of each block with statements, by import path", async () => {
    const { files, unmapped, formats } = await readCoverage([fixture("go-cover.out")], mapper);
    expect(formats[0]!.format).toBe("go-cover");
    // Lines 10-12 ran (line 12 also starts an unrun block: covered, as any block over it ran),
    // 13-14 did not, 15 ran; the block without statements (18-19) adds no line.
    expect(files.get("server/handler.go")).toEqual({
      coveredLines: 4, validLines: 6, coveredBranches: 0, validBranches: 0, uncoveredLines: [13, 14],
    });
    expect(files.get("main.go")).toMatchObject({ coveredLines: 3, validLines: 3 });
    expect(unmapped).toEqual(["github.com/acme/vendored/lib.go"]);
  });

  it("points at the line of a broken Go profile block", async () => {
    const file = await tempReport("cover.out", "mode: set\nmain.go:5.13,7.2 2 1\nmain.go:oops\n");
    await expect(readCoverage([file], mapper)).rejects.toMatchObject({ line: 3, message: expect.stringContaining("not a Go coverage block") });
  });

  it("reads coverage.py Cobertura with a CI <source> root", async () => {
    const { files, unmapped, formats } = await readCoverage([fixture("coveragepy.xml")], mapper);
    expect(formats).toEqual([{ file: fixture("coveragepy.xml"), format: "cobertura" }]);
    expect(unmapped).toEqual([]);
    expect(files.get("src/pkg/api.py")).toEqual({
      coveredLines: 4,
      validLines: 6,
      coveredBranches: 2,
      validBranches: 4,
      uncoveredLines: [4, 7],
    });
    // A measured file without statements is still reported, as 0 of 0.
    expect(files.get("src/pkg/__init__.py")).toMatchObject({ validLines: 0, coveredLines: 0 });
  });

  it("joins package names to package-relative Cobertura file names and ignores <methods> lines", async () => {
    const { files, unmapped } = await readCoverage([fixture("package-relative.cobertura.xml")], mapper);
    expect(files.get("src/pkg/util.py")).toEqual({
      coveredLines: 2,
      validLines: 3,
      coveredBranches: 0,
      validBranches: 0,
      uncoveredLines: [3],
    });
    expect(unmapped).toEqual(["third_party/vendored.py"]);
  });

  it("reads LCOV with checksum fields, never-taken BRDA '-' and a producer that lists more DA than LF", async () => {
    const { files, formats } = await readCoverage([fixture("mixed.lcov")], mapper);
    expect(formats[0].format).toBe("lcov");
    expect(files.get("lib/a.ts")).toEqual({ coveredLines: 3, validLines: 4, coveredBranches: 1, validBranches: 4, uncoveredLines: [3] });
    // coverage.py 6.5 writes a DA for the executed docstring on line 5 but counts LF 6: we match LF.
    expect(files.get("src/pkg/api.py")).toEqual({ coveredLines: 4, validLines: 6, coveredBranches: 2, validBranches: 4, uncoveredLines: [4, 7] });
  });

  it("reads coverage.py JSON with branches, matching its summary despite extra executed lines and arcs", async () => {
    const { files, formats } = await readCoverage([fixture("coveragepy-branches.json")], mapper);
    expect(formats[0].format).toBe("coveragepy-json");
    expect(files.get("src/pkg/api.py")).toEqual({ coveredLines: 4, validLines: 6, coveredBranches: 2, validBranches: 4, uncoveredLines: [4, 7] });
    // Line 10 ran but is excluded: not a statement.
    expect(files.get("src/pkg/util.py")).toEqual({ coveredLines: 2, validLines: 2, coveredBranches: 0, validBranches: 0, uncoveredLines: [] });
  });

  it("reads coverage.py JSON without branches", async () => {
    const { files } = await readCoverage([fixture("coveragepy-lines.json")], mapper);
    expect(files.get("src/pkg/api.py")).toEqual({ coveredLines: 4, validLines: 6, coveredBranches: 0, validBranches: 0, uncoveredLines: [6, 7] });
  });

  it("reads Istanbul coverage-final.json with absolute keys, a line counting as its best statement", async () => {
    const { files, formats, unmapped } = await readCoverage([fixture("coverage-final.json")], mapper);
    expect(formats[0].format).toBe("istanbul-json");
    expect(unmapped).toEqual([]);
    // Line 2 has an unexecuted and an executed statement: covered, as istanbul-lib-coverage says.
    // Statement 9 has no statementMap entry and is skipped, as Istanbul skips it. Totals = coverage-summary.json.
    expect(files.get("lib/a.ts")).toEqual({ coveredLines: 2, validLines: 3, coveredBranches: 2, validBranches: 5, uncoveredLines: [3] });
  });

  it("detects the format from the content, not the extension", async () => {
    const lcovAsXml = await tempReport("coverage.xml", "TN:\nSF:lib/b.ts\nDA:1,1\nDA:2,0\nend_of_record\n");
    const { files, formats } = await readCoverage([lcovAsXml], mapper);
    expect(formats[0].format).toBe("lcov");
    expect(files.get("lib/b.ts")).toMatchObject({ coveredLines: 1, validLines: 2, uncoveredLines: [2] });
  });
});

describe("readCoverage: merging", () => {
  it("unions reports for the same file: a line covered in any report is covered", async () => {
    const { files } = await readCoverage([fixture("coveragepy.xml"), fixture("coveragepy-lines.json")], mapper);
    // The XML misses lines 4 and 7, the JSON misses 6 and 7: only 7 was never run.
    expect(files.get("src/pkg/api.py")).toMatchObject({ coveredLines: 5, validLines: 6, uncoveredLines: [7] });
  });

  it("does not add up branches of different formats, which name branches differently", async () => {
    const reports = [fixture("coveragepy.xml"), fixture("coveragepy-branches.json"), fixture("mixed.lcov")];
    const { files } = await readCoverage(reports, mapper);
    // Cobertura counts, coverage.py arcs and LCOV blocks each say 2 of 4: the union is not 6 of 12.
    expect(files.get("src/pkg/api.py")).toEqual({ coveredLines: 4, validLines: 6, coveredBranches: 2, validBranches: 4, uncoveredLines: [4, 7] });
  });

  it("merges named branches branch by branch", async () => {
    const a = await tempReport("a.info", "SF:lib/b.ts\nDA:1,1\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n");
    const b = await tempReport("b.info", "SF:lib/b.ts\nDA:1,0\nDA:2,0\nBRDA:1,0,0,0\nBRDA:1,0,1,2\nend_of_record\n");
    const { files } = await readCoverage([a, b], mapper);
    expect(files.get("lib/b.ts")).toEqual({ coveredLines: 1, validLines: 2, coveredBranches: 2, validBranches: 2, uncoveredLines: [2] });
  });

  it("lists every unmapped report path once", async () => {
    const report = await tempReport("lcov.info", "SF:/ci/other/x.ts\nDA:1,1\nend_of_record\nSF:/ci/other/x.ts\nDA:2,1\nend_of_record\nSF:src/index.ts\nDA:1,1\nend_of_record\n");
    const { files, unmapped } = await readCoverage([report], mapper);
    expect(files.size).toBe(0);
    // src/index.ts is ambiguous (web/ or api/), so it is listed rather than guessed.
    expect(unmapped).toEqual(["/ci/other/x.ts", "src/index.ts"]);
  });
});

describe("readCoverage: errors", () => {
  it("names the file, line and column of malformed XML", async () => {
    const file = await tempReport("coverage.xml", '<?xml version="1.0" ?>\n<coverage>\n  <packages>\n    <package name="a">\n</coverage>\n');
    const error = await readCoverage([file], mapper).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message).toMatch(new RegExp(`^${escape(file)}:5:\\d+: malformed XML`));
  });

  it("names the LCOV line of a bad record", async () => {
    const file = await tempReport("lcov.info", "TN:\nSF:lib/a.ts\nDA:1,1\nDA:two,1\nend_of_record\n");
    await expect(readCoverage([file], mapper)).rejects.toThrow(`${file}:4: invalid DA record "DA:two,1"`);
  });

  it("names the file and position of malformed JSON", async () => {
    const file = await tempReport("coverage.json", '{"meta": {"version": "7"},\n "files": {,}}');
    await expect(readCoverage([file], mapper)).rejects.toThrow(new RegExp(`^${escape(file)}(:2:\\d+)?: malformed JSON`));
  });

  it("refuses totals-only, JUnit and unknown reports and missing files with a reason", async () => {
    await expect(readCoverage([fixture("coverage-summary.json")], mapper)).rejects.toThrow("pass coverage-final.json instead");
    await expect(readCoverage([fixture("surefire.xml")], mapper)).rejects.toThrow("XML root <testsuite> is not a Cobertura or JaCoCo coverage report");
    const clover = await tempReport("clover.xml", '<coverage generated="1" clover="3.2.0"><project timestamp="1"><metrics/></project></coverage>');
    await expect(readCoverage([clover], mapper)).rejects.toThrow("Clover XML is not supported");
    const text = await tempReport("notes.txt", "hello\n");
    await expect(readCoverage([text], mapper)).rejects.toThrow(`${text}: unrecognised coverage report`);
    await expect(readCoverage(["/nonexistent/lcov.info"], mapper)).rejects.toThrow("/nonexistent/lcov.info: cannot read report: ENOENT");
  });

  it("with failFast off, collects errors and still reads the other reports", async () => {
    const result = await readCoverage(["/nonexistent/lcov.info", fixture("coveragepy-lines.json")], mapper, { failFast: false });
    expect(result.errors.map((e) => e.file)).toEqual(["/nonexistent/lcov.info"]);
    expect(result.files.get("src/pkg/api.py")).toMatchObject({ coveredLines: 4 });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
