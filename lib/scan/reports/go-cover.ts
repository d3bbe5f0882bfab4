import { addHits, newRawFile, type RawFileCoverage } from "./coverage-data";
import { ReportError } from "./report-error";

/** Whether the content is a Go coverage profile (`go test -coverprofile`). */
export function looksLikeGoCover(content: string): boolean {
  return /^mode: (set|count|atomic)\s*$/m.test(content.slice(0, 200).split("\n", 1)[0] ?? "");
}

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * A Go coverage profile: after `mode: …`, one block per line, `path:startLine.col,endLine.col
 * statements count`. Go counts statements; Paydown counts lines, so each line of a block with
 * statements is executable and covered when a block over it ran (how Codecov reads Go profiles).
 * `go tool cover -func` percentages are per statement and can differ. Paths are import paths
 * (`github.com/org/repo/pkg/a.go`), which the path mapper matches by their repository suffix.
 * Profiles concatenated from several runs repeat `mode:` lines and blocks: both are fine.
 */
export function readGoCover(file: string, content: string): RawFileCoverage[] {
  const byPath = new Map<string, RawFileCoverage>();
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "" || line.startsWith("mode:")) continue;
    const m = BLOCK.exec(line);
    if (!m) throw new ReportError(file, `not a Go coverage block: "${line.length > 80 ? line.slice(0, 80) + "…" : line}"`, i + 1);
    const [, path, start, , end, , statements, count] = m;
    const from = Number(start);
    const to = Number(end);
    if (from < 1 || to < from) throw new ReportError(file, `block ends before it starts: "${line}"`, i + 1);
    if (Number(statements) === 0) continue;
    let raw = byPath.get(path!);
    if (!raw) byPath.set(path!, (raw = newRawFile(path!)));
    for (let n = from; n <= to; n++) addHits(raw, n, Number(count) > 0 ? 1 : 0);
  }
  return [...byPath.values()];
}
