#!/usr/bin/env node
// A 52-point weekly history backfill vs one full scan of the same repository (target: <= 3x).
// Interleaved, because the machine is shared; reports wall time, peak RSS and the ratio.
//
//   node bench/history-backfill.mjs [repo=/tmp/repos/sqlalchemy] [rounds=2]
//   env SCANNER=dist/paydown-scan.mjs THREADS=2 HISTORY=52w EVERY=1w
//       BASELINE=/path/to/older/paydown-scan.mjs  (also times an older build's backfill, same rounds)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = process.argv[2] ?? "/tmp/repos/sqlalchemy";
const rounds = Number(process.argv[3] ?? 2);
const scanner = process.env.SCANNER ?? join(here, "..", "dist", "paydown-scan.mjs");
const threads = process.env.THREADS ? ["--threads", process.env.THREADS] : [];
if (!existsSync(scanner)) throw new Error(`missing ${scanner}: npm run build:scanner`);

const baseline = process.env.BASELINE;
if (baseline && !existsSync(baseline)) throw new Error(`missing ${baseline}`);

function timed(label, args, bin = scanner) {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, "scan", repo, ...args, ...threads], { encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !wall || !rss || !user || !sys) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  // CPU time (all threads and child processes) drifts less than wall time on a shared machine.
  const cpu = Number(user[1]) + Number(sys[1]);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), cpu, rssMb: Number(rss[1]) / 1024, stderr: r.stderr };
}

const results = [];
const cpuResults = [];
const times = { full: [], history: [], baseline: [] };
for (let i = 0; i < rounds; i++) {
  const out = mkdtempSync(join(tmpdir(), "history-bench-"));
  /*
   * Each run's output is removed once read: a backfill writes ~360 MB of documents, and left in
   * place round after round they filled /tmp. On this machine (a Firecracker VM) that also
   * decides what writing costs: page-cache pages the guest never touched cost ~2 ms per MB to
   * fill, recycled ones ~0.3 (docs/benchmarks.md, eleventh session).
   */
  const runFull = () => {
    const r = timed("full scan", ["--json", join(out, "head.json"), "--quiet"]);
    rmSync(join(out, "head.json"), { force: true });
    return r;
  };
  const runHistory = (bin = scanner, dir = "points") => {
    const r = timed("history", ["--history", process.env.HISTORY ?? "52w", "--every", process.env.EVERY ?? "1w", "--json", join(out, dir) + "/"], bin);
    r.points = readdirSync(join(out, dir)).length;
    rmSync(join(out, dir), { recursive: true, force: true });
    return r;
  };
  let full, hist, base;
  if (i % 2 === 0) {
    full = runFull();
    hist = runHistory();
    if (baseline) base = runHistory(baseline, "baseline");
  } else {
    if (baseline) base = runHistory(baseline, "baseline");
    hist = runHistory();
    full = runFull();
  }
  rmSync(out, { recursive: true, force: true });
  const points = hist.points;
  const cached = [...hist.stderr.matchAll(/: (\d+) files \((\d+) cached\)/g)].reduce((a, m) => [a[0] + Number(m[1]), a[1] + Number(m[2])], [0, 0]);
  results.push(hist.seconds / full.seconds);
  cpuResults.push(hist.cpu / full.cpu);
  times.full.push(full.seconds);
  times.history.push(hist.seconds);
  if (base) times.baseline.push(base.seconds);
  console.log(
    `round ${i + 1}: full scan ${full.seconds.toFixed(2)} s (CPU ${full.cpu.toFixed(1)} s) ${full.rssMb.toFixed(0)} MB | ` +
      `history ${points} points ${hist.seconds.toFixed(2)} s (CPU ${hist.cpu.toFixed(1)} s) ${hist.rssMb.toFixed(0)} MB ` +
      `(${cached[1]}/${cached[0]} file analyses from the blob cache) | ratio ${(hist.seconds / full.seconds).toFixed(2)}` +
      (base ? ` | baseline history ${base.seconds.toFixed(2)} s (CPU ${base.cpu.toFixed(1)} s) ${base.rssMb.toFixed(0)} MB, ratio ${(base.seconds / full.seconds).toFixed(2)}` : ""),
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median ratio history / full scan = ${median(results).toFixed(2)} (target <= 3); in CPU time ${median(cpuResults).toFixed(2)}`);
// Less swayed by one slow full scan than the per-round ratios: each side's median time.
console.log(
  `ratio of median times = ${(median(times.history) / median(times.full)).toFixed(2)}` +
    (times.baseline.length ? `; baseline's ${(median(times.baseline) / median(times.full)).toFixed(2)}` : ""),
);
