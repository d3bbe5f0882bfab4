#!/usr/bin/env node
/**
 * Parity check of the scanner's coverage readers against the tools' own totals.
 *
 * Generates real reports, reads them with lib/scan/reports, and compares per-file and total line
 * and branch figures with what the producing tool says for the same files:
 * - coverage.py (Debian python3-coverage + python3-pytest) over a Python repository's tests:
 *   `coverage xml`, `coverage json`, `coverage lcov`, with and without --branch;
 * - Istanbul via vitest's coverage-v8 and coverage-istanbul providers over this directory's own
 *   TypeScript (lib/scan/reports and its tests, copied), emitting lcov, coverage-final.json,
 *   cobertura and coverage-summary.json.
 *
 * Usage (setup in docs/scanner-reports.md):
 *   npx tsx bench/coverage-parity.mjs [--py-repo /tmp/repos/more-itertools] [--js-tools /tmp/istanbul-gen] [--out /tmp/paydown-parity]
 * Exits 1 when a total differs by more than 0.1 percentage point.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { readCoverage } from "../lib/scan/reports/coverage.ts";
import { readJunit } from "../lib/scan/reports/junit.ts";
import { createPathMapper } from "../lib/scan/reports/path-mapper.ts";
import { summarizeTests } from "../lib/scan/reports/test-summary.ts";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const PY_REPO = resolve(args["py-repo"] ?? "/tmp/repos/more-itertools");
const JS_TOOLS = resolve(args["js-tools"] ?? "/tmp/istanbul-gen");
const OUT = resolve(args.out ?? "/tmp/paydown-parity");
const TOLERANCE = 0.1;
const HERE = resolve(import.meta.dirname, "..");

let failures = 0;
const rows = [];

function run(cmd, argv, cwd) {
  const started = performance.now();
  execFileSync(cmd, argv, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  return ((performance.now() - started) / 1000).toFixed(1);
}

const pct = (covered, valid) => (valid === 0 ? 100 : (100 * covered) / valid);

function ourTotals(files) {
  const t = { lv: 0, lc: 0, bv: 0, bc: 0 };
  for (const c of files.values()) {
    t.lv += c.validLines;
    t.lc += c.coveredLines;
    t.bv += c.validBranches;
    t.bc += c.coveredBranches;
  }
  return t;
}

/**
 * Records one comparison; `tool` may leave branches undefined when the tool does not report them.
 * `branchGap` names a known, explained branch difference: shown, not counted as a failure.
 */
function compare(label, ours, tool, perFile, branchGap) {
  const dl = pct(ours.lc, ours.lv) - pct(tool.lc, tool.lv);
  const db = tool.bv === undefined ? 0 : pct(ours.bc, ours.bv) - pct(tool.bc, tool.bv);
  const linesOk = Math.abs(dl) <= TOLERANCE;
  const branchesOk = Math.abs(db) <= TOLERANCE;
  const ok = linesOk && (branchesOk || branchGap !== undefined);
  if (!ok) failures++;
  rows.push({
    check: label,
    "ours lines": `${ours.lc}/${ours.lv}`,
    "tool lines": `${tool.lc}/${tool.lv}`,
    "Δ lines pt": dl.toFixed(3),
    "ours branches": `${ours.bc}/${ours.bv}`,
    "tool branches": tool.bv === undefined ? "-" : `${tool.bc}/${tool.bv}`,
    "Δ branches pt": db.toFixed(3),
    "files equal": perFile ?? "-",
    result: !ok ? "DIFF" : branchesOk ? "ok" : `lines ok; branches: ${branchGap}`,
  });
}

function lcovTotals(file) {
  const t = { lv: 0, lc: 0, bv: 0, bc: 0 };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [key, value] = line.split(":");
    if (key === "LF") t.lv += Number(value);
    if (key === "LH") t.lc += Number(value);
    if (key === "BRF") t.bv += Number(value);
    if (key === "BRH") t.bc += Number(value);
  }
  return t;
}

function coberturaTotals(file) {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readFileSync(file, "utf8"));
  const c = doc.coverage;
  return { lv: +c["lines-valid"], lc: +c["lines-covered"], bv: +c["branches-valid"], bc: +c["branches-covered"] };
}

/** Our test summary against the report's own <testsuite> counts, and how many cases got a file. */
async function junitParity(label, file, mapper) {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (n) => n === "testsuite" }).parse(readFileSync(file, "utf8"));
  const suites = (doc.testsuites ?? doc).testsuite;
  const own = { tests: 0, failures: 0, skipped: 0 };
  for (const s of suites) {
    own.tests += +s.tests;
    own.failures += +s.failures + +(s.errors ?? 0);
    own.skipped += +(s.skipped ?? 0);
  }
  const { cases, unmapped } = await readJunit([file], mapper);
  const ours = summarizeTests(cases);
  const ok = ours.tests === own.tests && ours.failures === own.failures && ours.skipped === own.skipped && unmapped.length === 0;
  if (!ok) failures++;
  const withFile = cases.filter((c) => c.file !== null).length;
  rows.push({
    check: `junit ${label}: tests/failures/skipped`,
    "ours lines": `${ours.tests}/${ours.failures}/${ours.skipped}`,
    "tool lines": `${own.tests}/${own.failures}/${own.skipped}`,
    "files equal": `${withFile}/${cases.length} cases with a file`,
    result: ok ? "ok" : `DIFF${unmapped.length ? ` (unmapped: ${unmapped.slice(0, 3).join(", ")})` : ""}`,
  });
}

function gitFiles(dir) {
  return execFileSync("git", ["ls-files"], { cwd: dir, encoding: "utf8" }).split("\n").filter(Boolean);
}

/** Per-file agreement: how many files the tool lists have exactly the tool's four counts in ours. */
function perFileAgreement(expected, files) {
  let equal = 0;
  const differing = [];
  for (const [path, e] of expected) {
    const o = files.get(path);
    const same = o && o.validLines === e.lv && o.coveredLines === e.lc && (e.bv === undefined || (o.validBranches === e.bv && o.coveredBranches === e.bc));
    if (same) equal++;
    else differing.push(path);
  }
  if (differing.length) console.log(`  differing files: ${differing.slice(0, 5).join(", ")}${differing.length > 5 ? " ..." : ""}`);
  return `${equal}/${expected.size}`;
}

async function pythonParity() {
  const python = ["/usr/bin/python3", ["-I", "-m", "coverage"]];
  if (!existsSync(join(PY_REPO, "tests"))) return console.log(`skip coverage.py: no tests/ in ${PY_REPO}`);
  const mapper = createPathMapper(PY_REPO, gitFiles(PY_REPO));
  const runs = [
    // Partial coverage on purpose: a fully covered run would hide line-set mistakes.
    { name: "branch", runArgs: ["--branch"], tests: ["-k", "not primes", "tests/test_recipes.py"] },
    { name: "lines", runArgs: [], tests: ["-k", "Chunked or Peekable or Windowed", "tests/test_more.py"] },
  ];
  for (const r of runs) {
    const out = join(OUT, `py-${r.name}`);
    mkdirSync(out, { recursive: true });
    const secs = run(python[0], [...python[1], "run", ...r.runArgs, "--source=more_itertools", "-m", "pytest", "-q", "-p", "no:cacheprovider", `--junitxml=${join(out, "junit.xml")}`, ...r.tests], PY_REPO);
    await junitParity(`pytest ${r.name}`, join(out, "junit.xml"), mapper);
    for (const kind of ["xml", "json", "lcov"]) run(python[0], [...python[1], kind, "-o", join(out, `coverage.${kind}`)], PY_REPO);
    console.log(`coverage.py ${r.name}: tests ran in ${secs}s`);
    const json = JSON.parse(readFileSync(join(out, "coverage.json"), "utf8"));
    const t = json.totals;
    const tool = { lv: t.num_statements, lc: t.covered_lines, bv: t.num_branches, bc: t.covered_branches };
    const expected = new Map(
      Object.entries(json.files).map(([p, f]) => [p, { lv: f.summary.num_statements, lc: f.summary.covered_lines, bv: f.summary.num_branches, bc: f.summary.covered_branches }]),
    );
    for (const kind of ["xml", "json", "lcov"]) {
      const file = join(out, `coverage.${kind}`);
      const { files, unmapped } = await readCoverage([file], mapper);
      if (unmapped.length) console.log(`  unmapped in ${kind}: ${unmapped.join(", ")}`);
      compare(`coverage.py ${r.name} ${kind} vs coverage json totals`, ourTotals(files), tool, perFileAgreement(expected, files));
    }
    // Same run, three formats: if any reader got a different line or branch set, the union would grow.
    const merged = await readCoverage(["xml", "json", "lcov"].map((kind) => join(out, `coverage.${kind}`)), mapper);
    compare(`coverage.py ${r.name} xml+json+lcov merged`, ourTotals(merged.files), tool, perFileAgreement(expected, merged.files));
    compare(`  (coverage.py's own Cobertura root attrs)`, coberturaTotals(join(out, "coverage.xml")), tool);
    const lcov = lcovTotals(join(out, "coverage.lcov"));
    rows.push({ check: `  (coverage.py's own LCOV LF/LH/BRF/BRH, for the record)`, "tool lines": `${lcov.lc}/${lcov.lv}`, "tool branches": r.runArgs.length ? `${lcov.bc}/${lcov.bv}` : "-" });
  }
}

async function istanbulParity() {
  const vitest = join(JS_TOOLS, "node_modules", ".bin", "vitest");
  if (!existsSync(vitest)) return console.log(`skip Istanbul: no vitest in ${JS_TOOLS}`);
  // The subject: this project's own report readers and their tests, copied so the tools' vitest runs them.
  const subject = join(JS_TOOLS, "subject");
  rmSync(subject, { recursive: true, force: true });
  cpSync(join(HERE, "lib", "scan", "reports"), join(subject, "src"), { recursive: true });
  execFileSync("git", ["init", "-q"], { cwd: subject });
  execFileSync("git", ["add", "."], { cwd: subject });
  const mapper = createPathMapper(subject, gitFiles(subject));
  for (const provider of ["v8", "istanbul"]) {
    const out = join(OUT, `js-${provider}`);
    rmSync(out, { recursive: true, force: true });
    writeFileSync(
      join(subject, "vitest.config.mjs"),
      `export default { test: { include: ["src/**/*.test.ts"], coverage: { enabled: true, provider: ${JSON.stringify(provider)},` +
        ` include: ["src/**/*.ts"], exclude: ["src/**/*.test.ts"], reportsDirectory: ${JSON.stringify(out)},` +
        ` reporter: ["lcovonly", "json", "json-summary", "cobertura"] } } };\n`,
    );
    const junit = join(OUT, `vitest-${provider}-junit.xml`);
    const secs = run(vitest, ["run", "--root", subject, "--reporter=junit", `--outputFile=${junit}`], JS_TOOLS);
    await junitParity(`vitest ${provider}`, junit, mapper);
    console.log(`vitest coverage-${provider}: ran in ${secs}s`);
    const { tool, expected } = istanbulSummary(out, mapper);
    for (const [label, name] of [["lcov", "lcov.info"], ["coverage-final.json", "coverage-final.json"], ["cobertura", "cobertura-coverage.xml"]]) {
      const { files, unmapped } = await readCoverage([join(out, name)], mapper);
      if (unmapped.length) console.log(`  unmapped in ${label}: ${unmapped.join(", ")}`);
      // Istanbul's Cobertura writer only emits branches on lines that start a statement
      // (getBranchCoverageByLine joined to getLineCoverage); its root totals still count them all.
      const gap = label === "cobertura" ? "Istanbul Cobertura omits branches on statement-less lines" : undefined;
      compare(`istanbul/${provider} ${label} vs coverage-summary.json`, ourTotals(files), tool, perFileAgreement(expected, files), gap);
    }
    const merged = await readCoverage([join(out, "lcov.info"), join(out, "coverage-final.json")], mapper);
    compare(`istanbul/${provider} lcov+final merged`, ourTotals(merged.files), tool, perFileAgreement(expected, merged.files));
    compare(`  (Istanbul's own LCOV LF/LH/BRF/BRH)`, lcovTotals(join(out, "lcov.info")), tool);
  }
}

/** c8 (v8-to-istanbul, one statement per line) over plain CommonJS: yargs-parser, a c8 dependency. */
async function c8Parity() {
  const c8 = join(JS_TOOLS, "node_modules", ".bin", "c8");
  const pkg = join(JS_TOOLS, "node_modules", "yargs-parser");
  if (!existsSync(c8) || !existsSync(pkg)) return console.log(`skip c8: no c8/yargs-parser in ${JS_TOOLS}`);
  const out = join(OUT, "js-c8");
  rmSync(out, { recursive: true, force: true });
  const script = 'const p = require("yargs-parser"); p(["--foo=bar", "-x", "3", "--no-color", "pos"], { number: ["x"] });';
  const reporters = ["lcovonly", "json", "json-summary", "cobertura"].flatMap((r) => [`--reporter=${r}`]);
  run(c8, [...reporters, `--reports-dir=${out}`, "--exclude-node-modules=false", "--include=node_modules/yargs-parser/**", "node", "-e", script], JS_TOOLS);
  // The "repository" is the package itself; the reports name it as node_modules/yargs-parser/... or absolute.
  const files = execFileSync("find", [".", "-type", "f"], { cwd: pkg, encoding: "utf8" }).split("\n").filter(Boolean);
  const mapper = createPathMapper(pkg, files);
  const { tool, expected } = istanbulSummary(out, mapper);
  for (const [label, name] of [["lcov", "lcov.info"], ["coverage-final.json", "coverage-final.json"], ["cobertura", "cobertura-coverage.xml"]]) {
    const { files: got, unmapped } = await readCoverage([join(out, name)], mapper);
    if (unmapped.length) console.log(`  unmapped in ${label}: ${unmapped.join(", ")}`);
    const gap = label === "cobertura" ? "Istanbul Cobertura omits branches on statement-less lines" : undefined;
    compare(`c8 ${label} vs coverage-summary.json`, ourTotals(got), tool, perFileAgreement(expected, got), gap);
  }
}

mkdirSync(OUT, { recursive: true });
await pythonParity();
await istanbulParity();
await c8Parity();
console.table(rows);
console.log(failures === 0 ? `all totals within ${TOLERANCE} point` : `${failures} comparison(s) beyond ${TOLERANCE} point`);
process.exit(failures === 0 ? 0 : 1);

/** Istanbul's own totals and per-file figures from its coverage-summary.json, keyed by repo path. */
function istanbulSummary(out, mapper) {
  const summary = JSON.parse(readFileSync(join(out, "coverage-summary.json"), "utf8"));
  const figures = (f) => ({ lv: f.lines.total, lc: f.lines.covered, bv: f.branches.total, bc: f.branches.covered });
  const expected = new Map(
    Object.entries(summary)
      .filter(([k]) => k !== "total")
      .map(([p, f]) => [mapper.map(p), figures(f)]),
  );
  return { tool: figures(summary.total), expected };
}
