/**
 * Our clone detector against jscpd 5.3.3 on the same files of one language (Python by default).
 *
 *   npx tsx bench/duplication-vs-jscpd.mjs /tmp/repos/django [/tmp/repos/sympy ...] [--rounds 3]
 *     [--jscpd /tmp/jscpd/node_modules/.bin/jscpd] [--lang python|java|go|csharp|rust]
 *
 * Tokens come from the real analyser (lib/scan/analyze), once per repository, cached in a v8
 * file; every timed run is a fresh child process so peak RSS belongs to that run alone. Runs of
 * both tools are interleaved because the machine is shared.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, "..", "..");
const CACHE_DIR = "/tmp/dup-bench-cache";
const MIN_TOKENS = 50;
const MIN_LINES = 5;
/** Analyser language -> file extension and jscpd's --format name. */
const LANGS = { python: ".py", java: ".java", go: ".go", csharp: ".cs", rust: ".rs" };
let lang = "python";
/** jscpd runs: its defaults, with our normalisation, and with our normalisation minus comments. */
const VARIANTS = [
  { label: "exact", flags: [] },
  { label: "renamed", flags: ["--ignore-identifiers", "--ignore-literals"] },
  { label: "closest", flags: ["--mode", "weak", "--ignore-identifiers", "--ignore-literals"] },
];


/** Child: load the cached token streams, time one detectClones, print a JSON line. */
async function engineChild(cacheFile) {
  const { detectClones } = await import(join(ROOT, "lib/scan/duplication/detect-clones.ts"));
  const files = deserialize(readFileSync(cacheFile));
  const rssBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const result = detectClones(files, { minTokens: MIN_TOKENS, minLines: MIN_LINES });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let duplicatedLines = 0;
  let filesWithClones = 0;
  for (const n of result.duplicatedLinesByFile.values()) {
    duplicatedLines += n;
    if (n > 0) filesWithClones++;
  }
  let codeLines = 0;
  for (const n of result.codeLinesByFile.values()) codeLines += n;
  const tokens = files.reduce((s, f) => s + f.tokens.hashes.length, 0);
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(
    JSON.stringify({
      ms,
      maxRssMb: maxRssKb / 1024,
      extraMb: maxRssKb / 1024 - rssBefore / 2 ** 20,
      clones: result.clones.length,
      duplicatedLines,
      filesWithClones,
      codeLines,
      tokens,
      skipped: result.skipped.length,
    }),
  );
}

function sourceFiles(dir, root = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, root, out);
    else if (entry.isFile() && entry.name.endsWith(LANGS[lang])) out.push(relative(root, full));
  }
  return out.sort();
}

async function tokenize(repo) {
  const { initAnalyzer } = await import(join(ROOT, "lib/scan/analyze/grammars.ts"));
  const { analyzeSource } = await import(join(ROOT, "lib/scan/analyze/analyze-source.ts"));
  await initAnalyzer([lang]);
  const paths = sourceFiles(repo);
  const t0 = performance.now();
  const files = [];
  let errors = 0;
  for (const path of paths) {
    const analysis = analyzeSource(path, readFileSync(join(repo, path), "utf8"), lang);
    if (analysis.error) errors++;
    files.push({ path, language: lang, tokens: analysis.tokens });
  }
  return { files, ms: performance.now() - t0, errors, lines: paths.reduce((s, p) => s + lineCount(join(repo, p)), 0) };
}

function lineCount(file) {
  const text = readFileSync(file, "utf8");
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.length > 0 && text.charCodeAt(text.length - 1) !== 10 ? n + 1 : n;
}

function runEngine(cacheFile) {
  const out = execFileSync(process.execPath, ["--import", "tsx", SELF, "--engine", cacheFile], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/** One jscpd run under /usr/bin/time; duplicated lines re-counted with our merging rule. */
function runJscpd(jscpd, repo, variant) {
  const outDir = join(CACHE_DIR, `jscpd-${basename(repo)}-${variant.label}`);
  rmSync(outDir, { recursive: true, force: true });
  const args = ["-f", "%e %M", jscpd, "--min-tokens", String(MIN_TOKENS), "--min-lines", String(MIN_LINES)];
  args.push("--format", lang, "--max-size", "100mb", "--reporters", "json", "--output", outDir, "--silent");
  args.push(...variant.flags);
  args.push(".");
  const run = spawnSync("/usr/bin/time", args, { cwd: repo, encoding: "utf8", env: { ...process.env, JSCPD_NO_TIPS: "1" } });
  const timeLine = run.stderr.trim().split("\n").pop();
  const [seconds, kb] = timeLine.split(" ").map(Number);
  const report = JSON.parse(readFileSync(join(outDir, "jscpd-report.json"), "utf8"));
  const perFile = new Map();
  for (const d of report.duplicates) {
    for (const side of [d.firstFile, d.secondFile]) {
      const list = perFile.get(side.name) ?? [];
      list.push([side.start, side.end]);
      perFile.set(side.name, list);
    }
  }
  let mergedLines = 0;
  for (const ranges of perFile.values()) {
    ranges.sort((x, y) => x[0] - y[0]);
    let [s, e] = ranges[0];
    for (const [rs, re] of ranges.slice(1)) {
      if (rs <= e + 1) e = Math.max(e, re);
      else {
        mergedLines += e - s + 1;
        [s, e] = [rs, re];
      }
    }
    mergedLines += e - s + 1;
  }
  const kinds = {};
  for (const d of report.duplicates) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const stats = report.statistics.total;
  return {
    ms: seconds * 1000,
    maxRssMb: kb / 1024,
    clones: report.duplicates.length,
    ownDuplicatedLines: stats.duplicatedLines,
    mergedLines,
    filesWithClones: perFile.size,
    lines: stats.lines,
    sources: stats.sources,
    kinds,
    perFile,
  };
}

/** Per file, the lines holding a token inside the given inclusive line ranges. */
function tokenLinesIn(linesOfPath, rangesByFile) {
  const out = new Map();
  for (const [path, ranges] of rangesByFile) {
    const lines = linesOfPath.get(path);
    if (!lines) continue;
    const set = new Set();
    for (const [s, e] of ranges) {
      let lo = 0;
      let hi = lines.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (lines[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < lines.length && lines[k] <= e; k++) set.add(lines[k]);
    }
    out.set(path, set);
  }
  return out;
}

/** Lines both tools flag, and lines only one of them flags (token lines, merged per file). */
function agreement(ours, theirs) {
  let both = 0;
  let onlyOurs = 0;
  let onlyTheirs = 0;
  for (const [path, set] of ours) {
    const other = theirs.get(path) ?? new Set();
    for (const l of set) {
      if (other.has(l)) both++;
      else onlyOurs++;
    }
  }
  for (const [path, set] of theirs) {
    const mine = ours.get(path) ?? new Set();
    for (const l of set) if (!mine.has(l)) onlyTheirs++;
  }
  return { both, onlyOurs, onlyTheirs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const args = process.argv.slice(2);
  let rounds = 3;
  let jscpd = "/tmp/jscpd/node_modules/.bin/jscpd";
  const repos = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--rounds") rounds = Number(args[++i]);
    else if (args[i] === "--jscpd") jscpd = args[++i];
    else if (args[i] === "--lang") lang = args[++i];
    else repos.push(args[i]);
  }
  if (repos.length === 0) throw new Error("usage: npx tsx bench/duplication-vs-jscpd.mjs <repo>... [--rounds n]");
  console.log(`jscpd ${execFileSync(jscpd, ["--version"], { encoding: "utf8" }).trim()}, node ${process.version}, ${rounds} rounds`);
  mkdirSync(CACHE_DIR, { recursive: true });

  for (const repo of repos) {
    const cacheFile = join(CACHE_DIR, `${basename(repo)}.v8`);
    const tok = await tokenize(repo);
    writeFileSync(cacheFile, serialize(tok.files));
    const tokens = tok.files.reduce((s, f) => s + f.tokens.hashes.length, 0);
    const over1mb = tok.files.filter((f) => statSync(join(repo, f.path)).size > 1 << 20).length;
    console.log(`\n## ${repo}: ${tok.files.length} ${LANGS[lang]} files, ${tok.lines} lines, ${tokens} tokens`);
    console.log(`tokenising (analyzeSource, 1 thread, not part of the timings below): ${(tok.ms / 1000).toFixed(1)} s, ${tok.errors} parse errors`);
    console.log(`files over 1 MB (jscpd skips them by default; run here with --max-size 100mb): ${over1mb}`);

    const ours = [];
    const runs = VARIANTS.map(() => []);
    for (let r = 0; r < rounds; r++) {
      ours.push(runEngine(cacheFile));
      VARIANTS.forEach((v, i) => runs[i].push(runJscpd(jscpd, repo, v)));
    }
    const o = ours[0];
    const [exact, renamed, closest] = runs;
    const rows = [
      ["ours (ids+literals normalised, no comments)", ours, o.clones, o.duplicatedLines, "-", o.filesWithClones],
      ...VARIANTS.map((v, i) => [`jscpd ${v.flags.join(" ") || "(defaults: mild, exact)"}`, runs[i], runs[i][0].clones, runs[i][0].mergedLines, runs[i][0].ownDuplicatedLines, runs[i][0].filesWithClones]),
    ];
    console.log("| run | median time | peak RSS | clones | duplicated lines (merged per file) | jscpd's own duplicatedLines | files with clones |");
    console.log("|---|---|---|---|---|---|---|");
    for (const [name, runs, clones, merged, own, withClones] of rows) {
      const ms = median(runs.map((x) => x.ms));
      const rss = median(runs.map((x) => x.maxRssMb));
      console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${rss.toFixed(0)} MB | ${clones} | ${merged} | ${own} | ${withClones} |`);
    }
    const oursMs = median(ours.map((x) => x.ms));
    console.log(`ours: detectClones alone; RSS above the loaded token streams ${median(ours.map((x) => x.extraMb)).toFixed(0)} MB; code lines ${o.codeLines}; skipped ${o.skipped}`);
    VARIANTS.forEach((v, i) =>
      console.log(`time ratio jscpd(${v.label})/ours = ${(median(runs[i].map((x) => x.ms)) / oursMs).toFixed(1)}x, peak RSS ratio ${(median(runs[i].map((x) => x.maxRssMb)) / median(ours.map((x) => x.maxRssMb))).toFixed(1)}x`),
    );
    // Same line measure for both: lines holding a token inside a clone range (ours already is).
    const { detectClones } = await import(join(ROOT, "lib/scan/duplication/detect-clones.ts"));
    const linesOfPath = new Map(tok.files.map((f) => [f.path, f.tokens.lines]));
    const ourRanges = new Map();
    for (const c of detectClones(tok.files, { minTokens: MIN_TOKENS, minLines: MIN_LINES }).clones) {
      for (const side of [c.a, c.b]) {
        const list = ourRanges.get(side.path) ?? [];
        list.push([side.startLine, side.endLine]);
        ourRanges.set(side.path, list);
      }
    }
    const ourSets = tokenLinesIn(linesOfPath, ourRanges);
    for (const [label, run] of [["exact", exact[0]], ["renamed", renamed[0]], ["closest", closest[0]]]) {
      const theirSets = tokenLinesIn(linesOfPath, run.perFile);
      const total = [...theirSets.values()].reduce((n, set) => n + set.size, 0);
      const a = agreement(ourSets, theirSets);
      console.log(
        `jscpd ${label}: ${total} token lines in its clone ranges (ours ${o.duplicatedLines}, ratio ours/jscpd ${(o.duplicatedLines / total).toFixed(2)}); both tools ${a.both}, only ours ${a.onlyOurs}, only jscpd ${a.onlyTheirs}; clones ratio ours/jscpd ${(o.clones / run.clones).toFixed(2)}`,
      );
    }
    console.log(`jscpd kinds: ${VARIANTS.map((v, i) => `${v.label} ${JSON.stringify(runs[i][0].kinds)}`).join(", ")}; jscpd sources ${exact[0].sources}, lines ${exact[0].lines}`);
  }
}

// Last, so every const above is initialised before the top-level await runs.
if (process.argv[2] === "--engine") {
  await engineChild(process.argv[3]);
} else {
  await main();
}
