import type { MappedRaw } from "./cobertura";
import { addCountedBranches, addHits, newRawFile } from "./coverage-data";
import { ReportError } from "./report-error";
import { attr, children, element, type XmlNode } from "./xml";

/** Tags that repeat in a JaCoCo report (kept as arrays by the XML parser). */
export const JACOCO_ARRAYS = ["group", "package", "sourcefile", "line", "class", "method", "counter", "sessioninfo"];

/**
 * JaCoCo XML (Maven and Gradle's `jacocoTestReport`). Per <sourcefile>, each <line nr mi ci mb cb>:
 * a line is covered when one of its instructions ran (ci > 0), as JaCoCo's LINE counter counts
 * partly covered lines, and its branches are mb + cb of which cb covered (the BRANCH counter).
 * The path is the package's directory plus the file name (`org/x/A.java`), which the path
 * mapper finds under any source root (`src/main/java/org/x/A.java`). Groups (multi-module
 * reports) nest packages at any depth.
 */
export function readJacocoDocument(file: string, doc: XmlNode): MappedRaw[] {
  const root = element(doc.report);
  if (!root) throw new ReportError(file, "JaCoCo report without a <report> element");
  const out: MappedRaw[] = [];
  const visit = (node: XmlNode) => {
    for (const group of children(node, "group")) visit(group);
    for (const pkg of children(node, "package")) {
      const dir = attr(pkg, "name") ?? "";
      for (const source of children(pkg, "sourcefile")) {
        const name = attr(source, "name");
        if (!name) throw new ReportError(file, `<sourcefile> without a name in package "${dir}"`);
        const path = dir ? `${dir}/${name}` : name;
        const raw = newRawFile(path);
        for (const line of children(source, "line")) {
          const nr = Number(attr(line, "nr"));
          const [mi, ci, mb, cb] = ["mi", "ci", "mb", "cb"].map((k) => Number(attr(line, k) ?? "0"));
          if (!Number.isInteger(nr) || nr < 1 || ![mi, ci, mb, cb].every((n) => Number.isInteger(n) && n! >= 0)) {
            throw new ReportError(file, `invalid <line nr="${attr(line, "nr")}"> in ${path}`);
          }
          addHits(raw, nr, ci! > 0 ? 1 : 0);
          if (mb! + cb! > 0) addCountedBranches(raw, nr, mb! + cb!, cb!);
        }
        out.push({ raw, context: {} });
      }
    }
  };
  visit(root);
  return out;
}
