import { dirname, resolve } from "node:path";
import { readReport } from "./read-report";
import type { PathMapper } from "./path-mapper";
import { ReportError } from "./report-error";
import { attr, children, parseXml, text, type XmlNode } from "./xml";

export type TestStatus = "passed" | "failed" | "error" | "skipped";

export interface TestCase {
  name: string;
  classname: string;
  /** Repository path of the test file, or null when the report does not let us tell. */
  file: string | null;
  durationMs: number;
  status: TestStatus;
  /** Failed (or errored) at least once, then passed on a rerun. */
  flaky: boolean;
  /** First line of the failure or error message, when there is one. */
  message: string | null;
}

export interface JunitResult {
  cases: TestCase[];
  /** Test files or classnames named by a report that matched no repository file, each listed once. */
  unmapped: string[];
}

const JUNIT_ARRAYS = new Set([
  "testsuite",
  "testcase",
  "failure",
  "error",
  "skipped",
  "flakyFailure",
  "flakyError",
  "rerunFailure",
  "rerunError",
  "rerun",
]);
// Captured output can be megabytes per test and carries nothing we count.
const STOP_NODES = ["*.system-out", "*.system-err", "*.stackTrace"];
const SOURCE_EXTENSIONS = [".py", ".java", ".kt", ".scala", ".groovy", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".cs", ".rb", ".go", ".php"];

interface Attempt extends TestCase {
  /** Rerun markers on the record itself (Surefire flakyFailure, pytest-rerunfailures reruns). */
  rerunMarked: boolean;
}

/**
 * Reads JUnit XML (pytest --junitxml, vitest/jest junit reporters, Playwright, Maven Surefire) and
 * returns one case per distinct test (file, classname, name):
 * - within one report, repeated records of a test are reruns in order: the last one decides the
 *   status, durations add up, and a pass after a failure makes it flaky;
 * - across reports, a test that failed (or errored) in one and passed in another is flaky and
 *   counts as passed, as Surefire counts flakes; durations take the longest run;
 * - Surefire's flakyFailure/flakyError (and rerun elements on a passing test) mark it flaky, while
 *   rerunFailure/rerunError come with the final <failure>/<error> and leave it failed.
 */
export async function readJunit(reportFiles: string[], mapper: PathMapper): Promise<JunitResult> {
  const unmapped = new Set<string>();
  const byTest = new Map<string, TestCase[]>();
  for (const file of reportFiles) {
    const content = await readReport(file);
    if (content.trimStart()[0] !== "<") throw new ReportError(file, "not a JUnit XML report (does not start with an XML element)");
    const doc = parseXml(file, content, JUNIT_ARRAYS, STOP_NODES);
    const roots = [...children(doc, "testsuites"), ...children(doc, "testsuite")];
    if (roots.length === 0) {
      const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "?";
      throw new ReportError(file, `XML root <${root}> is not a JUnit <testsuites> or <testsuite>`);
    }
    const locate = fileLocator(mapper, dirname(resolve(file)), unmapped);
    const attempts: Attempt[] = [];
    for (const root of roots) collect(file, root, null, locate, attempts);
    for (const [key, group] of groupBy(attempts)) {
      const list = byTest.get(key);
      const reduced = reduceReruns(group);
      if (list) list.push(reduced);
      else byTest.set(key, [reduced]);
    }
  }
  const cases = [...byTest.values()].map(reduceAcrossReports);
  return { cases, unmapped: [...unmapped] };
}

type Locate = (testcase: XmlNode, suite: XmlNode | null, classname: string) => string | null;

function fileLocator(mapper: PathMapper, reportDir: string, unmapped: Set<string>): Locate {
  const cache = new Map<string, string | null>();
  const lookup = (kind: "path" | "classname", value: string): string | null => {
    const key = `${kind}\u0000${value}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const found = kind === "path" ? mapper.map(value, { reportDir }) : classnameToFile(value, mapper, reportDir);
    cache.set(key, found);
    return found;
  };
  return (testcase, suite, classname) => {
    const explicit = attr(testcase, "file") ?? (suite ? attr(suite, "file") : undefined);
    const suiteName = suite ? attr(suite, "name") : undefined;
    let found: string | null = null;
    if (explicit) found = lookup("path", explicit);
    else if (classname && looksLikePath(classname)) found = lookup("path", classname);
    else {
      if (classname) found = lookup("classname", classname);
      // Playwright and vitest name the suite after the test file.
      if (!found && suiteName && looksLikePath(suiteName)) found = lookup("path", suiteName);
    }
    // List what the report named, once: the file it gave, else the classname, else the suite.
    const named = explicit ?? (classname || suiteName);
    if (found === null && named) unmapped.add(named);
    return found;
  };
}

function looksLikePath(value: string): boolean {
  return value.includes("/") || value.includes("\\") || SOURCE_EXTENSIONS.some((ext) => value.endsWith(ext));
}

/**
 * A dotted classname (pytest "tests.test_api.TestX", Surefire "com.acme.FooTest$Inner") names a
 * module or class; the file is its longest dotted prefix that is a repository file.
 */
export function classnameToFile(classname: string, mapper: PathMapper, reportDir?: string): string | null {
  const outer = classname.split("$")[0];
  const parts = outer.split(".").filter((p) => p !== "");
  for (let n = parts.length; n >= 1; n--) {
    const base = parts.slice(0, n).join("/");
    for (const ext of SOURCE_EXTENSIONS) {
      const found = mapper.map(base + ext, { reportDir, wholeName: true });
      if (found) return found;
    }
  }
  return null;
}

function collect(file: string, suite: XmlNode, parent: XmlNode | null, locate: Locate, out: Attempt[]): void {
  for (const nested of children(suite, "testsuite")) collect(file, nested, suite, locate, out);
  for (const testcase of children(suite, "testcase")) out.push(readCase(file, testcase, attr(suite, "name") ? suite : parent, locate));
}

function readCase(file: string, testcase: XmlNode, suite: XmlNode | null, locate: Locate): Attempt {
  const name = attr(testcase, "name");
  if (name === undefined) throw new ReportError(file, `<testcase> without a name attribute (classname "${attr(testcase, "classname") ?? ""}")`);
  const classname = attr(testcase, "classname") ?? "";
  const failures = children(testcase, "failure");
  const errors = children(testcase, "error");
  const status: TestStatus =
    errors.length > 0 ? "error" : failures.length > 0 ? "failed" : children(testcase, "skipped").length > 0 ? "skipped" : "passed";
  const rerunMarked = ["flakyFailure", "flakyError", "rerunFailure", "rerunError", "rerun"].some((tag) => children(testcase, tag).length > 0);
  const problem = errors[0] ?? failures[0];
  return {
    name,
    classname,
    file: locate(testcase, suite, classname),
    durationMs: seconds(attr(testcase, "time")) * 1000,
    status,
    flaky: rerunMarked && status === "passed",
    message: problem ? firstLine(attr(problem, "message") ?? text(problem)) : null,
    rerunMarked,
  };
}

/** "1.5", "1,234.5" (older Surefire with a thousands separator) and "0,5" all read as seconds. */
function seconds(value: string | undefined): number {
  if (!value) return 0;
  const normalised = value.includes(".") ? value.replaceAll(",", "") : value.replace(",", ".");
  const n = Number(normalised.trim());
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function firstLine(message: string): string | null {
  const line = message.trim().split("\n", 1)[0].trim();
  return line === "" ? null : line.slice(0, 500);
}

function groupBy(attempts: Attempt[]): Map<string, Attempt[]> {
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const key = `${attempt.file ?? ""}\u0000${attempt.classname}\u0000${attempt.name}`;
    const list = groups.get(key);
    if (list) list.push(attempt);
    else groups.set(key, [attempt]);
  }
  return groups;
}

const isFailure = (status: TestStatus) => status === "failed" || status === "error";

function reduceReruns(attempts: Attempt[]): TestCase {
  const last = attempts[attempts.length - 1];
  const failedBefore = attempts.slice(0, -1).some((a) => isFailure(a.status));
  const flaky = last.status === "passed" && (failedBefore || attempts.some((a) => a.flaky));
  const durationMs = attempts.reduce((sum, a) => sum + a.durationMs, 0);
  const message = last.message ?? [...attempts].reverse().find((a) => a.message)?.message ?? null;
  return { name: last.name, classname: last.classname, file: last.file, durationMs, status: last.status, flaky, message };
}

function reduceAcrossReports(runs: TestCase[]): TestCase {
  const passed = runs.some((r) => r.status === "passed");
  const failed = runs.find((r) => isFailure(r.status));
  const durationMs = Math.max(...runs.map((r) => r.durationMs));
  const base = runs[runs.length - 1];
  if (passed && failed) return { ...base, durationMs, status: "passed", flaky: true, message: failed.message };
  const worst = runs.find((r) => r.status === "error") ?? failed ?? runs.find((r) => r.status === "passed") ?? base;
  return { ...worst, durationMs, flaky: runs.some((r) => r.flaky) };
}
