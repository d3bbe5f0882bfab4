import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classnameToFile, readJunit, type TestCase } from "./junit";
import { createPathMapper } from "./path-mapper";
import { ReportError } from "./report-error";
import { summarizeTests, testName } from "./test-summary";
import { REPO_FILES, REPO_ROOT } from "./test-repo";

const fixture = (name: string) => join(import.meta.dirname, "fixtures", name);
const mapper = createPathMapper(REPO_ROOT, REPO_FILES);
const byName = (cases: TestCase[], name: string) => {
  const found = cases.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("readJunit", () => {
  it("reads pytest reports: statuses, classname -> file, and reruns recorded three ways", async () => {
    const { cases, unmapped } = await readJunit([fixture("pytest-reruns.xml")], mapper);
    expect(cases).toHaveLength(8);
    expect(byName(cases, "test_marked_rerun")).toMatchObject({ status: "passed", flaky: true, file: "tests/test_api.py" });
    // Failed, then passed on the rerun: one test, flaky, both attempts' time.
    expect(byName(cases, "test_retried")).toEqual({
      name: "test_retried",
      classname: "tests.test_api.TestClient",
      file: "tests/test_api.py",
      durationMs: 300,
      status: "passed",
      flaky: true,
      message: "assert 1 == 2",
    });
    // pytest-rerunfailures 16.6.1 writes empty earlier attempts: the last attempt decides.
    expect(byName(cases, "test_still_failing")).toMatchObject({ status: "failed", flaky: false, durationMs: 30 });
    expect(byName(cases, "test_setup_error")).toMatchObject({ status: "error", message: 'failed on setup with "RuntimeError: boom"' });
    expect(byName(cases, "test_skip").status).toBe("skipped");
    expect(byName(cases, "test_xfail").status).toBe("skipped");
    expect(byName(cases, "test_in_unknown_module").file).toBeNull();
    expect(unmapped).toEqual(["test_root"]);
  });

  it("reads Surefire flakyFailure as a flaky pass and rerunFailure as a failure", async () => {
    const { cases } = await readJunit([fixture("surefire.xml")], mapper);
    const file = "src/test/java/com/acme/FooTest.java";
    expect(byName(cases, "passesAfterRetry")).toMatchObject({ status: "passed", flaky: true, file, durationMs: 500 });
    expect(byName(cases, "alwaysFails")).toMatchObject({ status: "failed", flaky: false, message: "boom" });
    // Nested classes live in the outer class's file.
    expect(byName(cases, "ignored")).toMatchObject({ status: "skipped", file });
    // Older Surefire writes a thousands separator.
    expect(byName(cases, "slow").durationMs).toBe(1_200_500);
  });

  it("marks a test that fails in one report and passes in another as flaky", async () => {
    const { cases } = await readJunit([fixture("vitest-run1.xml"), fixture("vitest-run2.xml")], mapper);
    expect(cases).toHaveLength(2);
    expect(byName(cases, "render > shows the title")).toMatchObject({
      file: "web/src/index.test.ts",
      status: "passed",
      flaky: true,
      durationMs: 340,
      message: "expected 'a' to be 'b'",
    });
    // Passed in one run and skipped in the other: passed, not flaky.
    expect(byName(cases, "render > handles empty")).toMatchObject({ status: "passed", flaky: false });
  });

  it("finds Playwright spec files by the suite's file name", async () => {
    const { cases, unmapped } = await readJunit([fixture("playwright.xml")], mapper);
    expect(cases).toEqual([
      { name: "home › has title", classname: "home.spec.ts", file: "e2e/home.spec.ts", durationMs: 1200, status: "passed", flaky: false, message: null },
    ]);
    expect(unmapped).toEqual([]);
  });

  it("walks nested testsuites and uses a file attribute first", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paydown-junit-"));
    const file = join(dir, "junit.xml");
    await writeFile(
      file,
      '<testsuites><testsuite name="outer"><testsuite name="inner">' +
        '<testcase name="t" classname="whatever.Thing" file="lib/b.ts" time="0.004"/></testsuite></testsuite></testsuites>',
    );
    const { cases } = await readJunit([file], mapper);
    expect(cases).toMatchObject([{ name: "t", file: "lib/b.ts", durationMs: 4 }]);
  });

  it("lists what a report named only when no file was found, once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "paydown-junit-"));
    const file = join(dir, "jest-junit.xml");
    // jest-junit's default classname is "describe title test title"; the suite here names the file.
    await writeFile(
      file,
      '<testsuites><testsuite name="lib/a.ts"><testcase classname="parser parses" name="parses" time="0.001"/></testsuite>' +
        '<testsuite name="Parser"><testcase classname="Parser one" name="one"/><testcase classname="Parser one" name="two"/></testsuite></testsuites>',
    );
    const { cases, unmapped } = await readJunit([file], mapper);
    expect(cases.map((c) => c.file)).toEqual(["lib/a.ts", null, null]);
    expect(unmapped).toEqual(["Parser one"]);
  });

  it("names the file and position of malformed XML, and refuses non-JUnit XML", async () => {
    const error = await readJunit([fixture("malformed.xml")], mapper).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).message.startsWith(`${fixture("malformed.xml")}:`)).toBe(true);
    expect((error as ReportError).line).toBeGreaterThan(1);
    expect((error as ReportError).message).toContain("malformed XML");
    await expect(readJunit([fixture("coveragepy.xml")], mapper)).rejects.toThrow("XML root <coverage> is not a JUnit");
    await expect(readJunit([fixture("mixed.lcov")], mapper)).rejects.toThrow("not a JUnit XML report");
  });
});

describe("classnameToFile", () => {
  it("takes the longest dotted prefix that is a repository file", () => {
    expect(classnameToFile("tests.test_api.TestClient", mapper)).toBe("tests/test_api.py");
    expect(classnameToFile("tests.test_api", mapper)).toBe("tests/test_api.py");
    expect(classnameToFile("com.acme.FooTest$Inner", mapper)).toBe("src/test/java/com/acme/FooTest.java");
    expect(classnameToFile("com.other.FooTest", mapper)).toBeNull();
  });
});

describe("summarizeTests", () => {
  it("counts errors as failures, skipped in tests, flaky as passed", async () => {
    const { cases } = await readJunit([fixture("pytest-reruns.xml"), fixture("surefire.xml")], mapper);
    const summary = summarizeTests(cases, { slowest: 2 });
    expect(summary).toMatchObject({ tests: 12, failures: 3, skipped: 3 });
    expect(summary.durationMs).toBeCloseTo(300 + 300 + 30 + 1 + 0 + 2 + 2500 + 1 + 500 + 250 + 0 + 1_200_500, 6);
    expect(summary.slowest).toEqual([
      { name: "com.acme.FooTest.slow", file: "src/test/java/com/acme/FooTest.java", durationMs: 1_200_500 },
      { name: "tests.test_api.test_param[1-2]", file: "tests/test_api.py", durationMs: 2500 },
    ]);
    expect(summary.flaky.map((f) => f.name)).toEqual([
      "com.acme.FooTest.passesAfterRetry",
      "tests.test_api.TestClient.test_marked_rerun",
      "tests.test_api.TestClient.test_retried",
    ]);
  });

  it("caps slowest at the scan document's 100 and names path-classname tests by name alone", () => {
    const cases: TestCase[] = Array.from({ length: 150 }, (_, i) => ({
      name: `t${i}`,
      classname: "web/src/index.test.ts",
      file: "web/src/index.test.ts",
      durationMs: i + 1,
      status: "passed",
      flaky: false,
      message: null,
    }));
    const summary = summarizeTests(cases, { slowest: 1000 });
    expect(summary.slowest).toHaveLength(100);
    expect(summary.slowest[0]).toEqual({ name: "t149", file: "web/src/index.test.ts", durationMs: 150 });
    expect(summarizeTests([]).slowest).toEqual([]);
    expect(testName({ name: "x", classname: "" })).toBe("x");
  });
});
