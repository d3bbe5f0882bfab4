#!/usr/bin/env node
/**
 * JaCoCo parity: a real JaCoCo XML report from real Java code, read by the scanner and compared
 * with JaCoCo's own LINE and BRANCH counters (the report's totals and every <sourcefile>'s).
 *
 * Compiles a Maven layout's src/main/java (Apache Commons Lang by default, `--release 11` for
 * JaCoCo 0.8.6), runs bench/jacoco/Exercise.java under Debian's JaCoCo agent, writes the XML with
 * JaCoCo's own report API (bench/jacoco/JacocoXml.java; Debian ships no jacococli), then scans the
 * repository with `--coverage` and sums the modules' figures.
 *
 *   apt-get install -y libjacoco-java default-jdk-headless
 *   npm run build:scanner && npx tsx bench/coverage-parity-jacoco.mjs [--java-repo /tmp/repos/commons-lang] [--out /tmp/paydown-jacoco]
 * Exits 1 when any figure differs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { readCoverage } from "../lib/scan/reports/coverage.ts";
import { createPathMapper } from "../lib/scan/reports/path-mapper.ts";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const REPO = resolve(args["java-repo"] ?? "/tmp/repos/commons-lang");
const OUT = resolve(args.out ?? "/tmp/paydown-jacoco");
const HERE = resolve(import.meta.dirname, "..");
const JARS = "/usr/share/java";

const sh = (cmd, argv, opts = {}) => execFileSync(cmd, argv, { encoding: "utf8", maxBuffer: 1 << 28, ...opts });

function javaFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...javaFiles(p));
    else if (name.endsWith(".java") && name !== "module-info.java") out.push(p);
  }
  return out;
}

/** JaCoCo's counters of one XML element, as { lv, lc, bv, bc }. */
function counters(element) {
  const t = { lv: 0, lc: 0, bv: 0, bc: 0 };
  for (const c of element.counter ?? []) {
    if (c.type === "LINE") Object.assign(t, { lv: +c.missed + +c.covered, lc: +c.covered });
    if (c.type === "BRANCH") Object.assign(t, { bv: +c.missed + +c.covered, bc: +c.covered });
  }
  return t;
}

const sources = join(REPO, "src/main/java");
if (!existsSync(sources)) throw new Error(`no src/main/java in ${REPO}`);
const agentBundle = join(JARS, "org.jacoco.agent.jar");
if (!existsSync(agentBundle)) throw new Error(`missing ${agentBundle}: apt-get install -y libjacoco-java`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, "classes"), { recursive: true });
mkdirSync(join(OUT, "bin"), { recursive: true });

// The agent jar ships inside the Maven artifact, as in Maven Central.
sh("unzip", ["-o", "-q", agentBundle, "jacocoagent.jar", "-d", OUT]);
const libs = ["org.jacoco.core", "org.jacoco.report", "asm", "asm-commons", "asm-tree", "asm-analysis"].map((j) => join(JARS, `${j}.jar`));
writeFileSync(join(OUT, "sources.txt"), javaFiles(sources).join("\n"));
sh("javac", ["--release", "11", "-nowarn", "-encoding", "UTF-8", "-d", join(OUT, "classes"), `@${join(OUT, "sources.txt")}`], { stdio: ["ignore", "ignore", "ignore"] });
sh("javac", ["-cp", [join(OUT, "classes"), ...libs].join(":"), "-d", join(OUT, "bin"), join(HERE, "bench/jacoco/Exercise.java"), join(HERE, "bench/jacoco/JacocoXml.java")]);
const exec = join(OUT, "jacoco.exec");
sh("java", [`-javaagent:${join(OUT, "jacocoagent.jar")}=destfile=${exec}`, "-cp", `${join(OUT, "classes")}:${join(OUT, "bin")}`, "Exercise"]);
const xml = join(OUT, "jacoco.xml");
sh("java", ["-cp", [join(OUT, "bin"), ...libs].join(":"), "JacocoXml", exec, join(OUT, "classes"), xml]);

const report = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["package", "sourcefile", "counter"].includes(name),
}).parse(readFileSync(xml, "utf8")).report;
const tool = counters(report);
const repoFiles = sh("git", ["ls-files"], { cwd: REPO }).split("\n").filter(Boolean);
const mapper = createPathMapper(REPO, repoFiles);
const { files, unmapped } = await readCoverage([xml], mapper);

let failures = 0;
let equal = 0;
let total = 0;
for (const pkg of report.package ?? []) {
  for (const sf of pkg.sourcefile ?? []) {
    total++;
    const want = counters(sf);
    const got = files.get(mapper.map(`${pkg.name}/${sf.name}`) ?? "");
    if (got && got.validLines === want.lv && got.coveredLines === want.lc && got.validBranches === want.bv && got.coveredBranches === want.bc) equal++;
    else if (failures++ < 5) console.log(`  differs: ${pkg.name}/${sf.name}`, want, got);
  }
}

const scanJson = join(OUT, "scan.json");
sh(process.execPath, [join(HERE, "dist/paydown-scan.mjs"), "scan", REPO, "--coverage", xml, "--json", scanJson, "--quiet"]);
const doc = JSON.parse(readFileSync(scanJson, "utf8"));
const scanned = { lv: 0, lc: 0, bv: 0, bc: 0 };
for (const m of doc.modules) {
  const c = m.test.coverage;
  if (!c) continue;
  scanned.lv += c.validLines;
  scanned.lc += c.coveredLines;
  scanned.bv += c.validBranches;
  scanned.bc += c.coveredBranches;
}
const fmt = (t) => `lines ${t.lc}/${t.lv}, branches ${t.bc}/${t.bv}`;
const same = (a, b) => a.lv === b.lv && a.lc === b.lc && a.bv === b.bv && a.bc === b.bc;
if (!same(scanned, tool)) failures++;
if (unmapped.length || doc.unmappedReportPaths.length) failures++;
console.log(`JaCoCo's own totals:       ${fmt(tool)}`);
console.log(`modules of the scan:       ${fmt(scanned)} across ${doc.modules.filter((m) => m.test.coverage).length} modules`);
console.log(`source files equal:        ${equal}/${total}; unmapped report paths: ${unmapped.length + doc.unmappedReportPaths.length}`);
console.log(failures === 0 ? "JaCoCo parity: exact" : `JaCoCo parity: ${failures} difference(s)`);
process.exit(failures === 0 ? 0 : 1);
