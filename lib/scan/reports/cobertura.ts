import type { PathContext } from "./path-mapper";
import { ReportError } from "./report-error";
import { addCountedBranches, addHits, newRawFile, type RawFileCoverage } from "./coverage-data";
import { attr, children, element, text, type XmlNode } from "./xml";

export interface MappedRaw {
  raw: RawFileCoverage;
  context: PathContext;
}

/**
 * Cobertura XML as coverage.py (`coverage xml`) and Istanbul write it. Only a class's own <lines>
 * count: Istanbul repeats lines under <methods>, and counting those would double them.
 */
export function readCoberturaDocument(file: string, doc: XmlNode, reportDir: string): MappedRaw[] {
  const root = element(doc.coverage);
  if (!root) throw new ReportError(file, "Cobertura report without a <coverage> element");
  // Clover XML also has a <coverage> root; reading it as Cobertura would silently find no files.
  if (root.project !== undefined && root.packages === undefined) {
    throw new ReportError(file, "Clover XML is not supported; emit Cobertura, LCOV or coverage-final.json instead");
  }
  const sourceRoots = children(element(root.sources), "source").map((s) => text(s).trim());
  const out: MappedRaw[] = [];
  for (const pkg of children(element(root.packages), "package")) {
    const packageName = attr(pkg, "name") ?? "";
    for (const cls of children(element(pkg.classes), "class")) {
      const filename = attr(cls, "filename");
      if (!filename) throw new ReportError(file, `<class name="${attr(cls, "name") ?? ""}"> has no filename attribute`);
      const raw = newRawFile(filename);
      for (const line of children(element(cls.lines), "line")) readLine(file, filename, line, raw);
      out.push({ raw, context: { sourceRoots, reportDir, packageName } });
    }
  }
  return out;
}

function readLine(file: string, filename: string, line: XmlNode, raw: RawFileCoverage): void {
  const number = Number(attr(line, "number"));
  const hits = Number(attr(line, "hits") ?? "0");
  if (!Number.isInteger(number) || number < 1 || !Number.isFinite(hits)) {
    throw new ReportError(file, `invalid <line number="${attr(line, "number")}" hits="${attr(line, "hits")}"> in ${filename}`);
  }
  addHits(raw, number, Math.max(0, hits));
  if (attr(line, "branch") !== "true") return;
  const counts = conditionCounts(attr(line, "condition-coverage"));
  if (counts) addCountedBranches(raw, number, counts.total, counts.covered);
}

/** "50% (1/2)" -> { covered: 1, total: 2 }. */
export function conditionCounts(value: string | undefined): { covered: number; total: number } | null {
  if (!value) return null;
  const open = value.indexOf("(");
  const slash = value.indexOf("/", open);
  const close = value.indexOf(")", slash);
  if (open < 0 || slash < 0 || close < 0) return null;
  const covered = Number(value.slice(open + 1, slash).trim());
  const total = Number(value.slice(slash + 1, close).trim());
  if (!Number.isInteger(covered) || !Number.isInteger(total) || total < 0 || covered < 0) return null;
  return { covered, total };
}
