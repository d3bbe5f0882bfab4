#!/usr/bin/env node
// paydown scan (all four categories, one process) vs Lizard 1.24 followed by jscpd 5.3.3 on the
// same repository. Runs are interleaved (order alternates per round) because the machine is shared;
// the figure that matters is the ratio. Needs: npm run build:scanner, a Lizard checkout, jscpd.
//
//   node bench/scan-vs-peers.mjs [repo=/tmp/repos/sqlalchemy] [rounds=3]
//   env LIZARD=/tmp/repos/lizard/lizard.py JSCPD=/tmp/jscpd/node_modules/.bin/jscpd THREADS=2
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = process.argv[2] ?? "/tmp/repos/sqlalchemy";
const rounds = Number(process.argv[3] ?? 3);
const lizard = process.env.LIZARD ?? "/tmp/repos/lizard/lizard.py";
const jscpd = process.env.JSCPD ?? "/tmp/jscpd/node_modules/.bin/jscpd";
const scanner = process.env.SCANNER ?? join(here, "..", "dist", "paydown-scan.mjs");
const out = mkdtempSync(join(tmpdir(), "scan-vs-peers-"));
for (const f of [repo, lizard, jscpd, scanner]) if (!existsSync(f)) throw new Error(`missing ${f}`);

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS (MB) of the largest process. */
function timed(label, cmd, args, cwd = repo) {
  const r = spawnSync("/usr/bin/time", ["-v", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !wall || !rss) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, rssMb: Number(rss[1]) / 1024 };
}

const ours = () =>
  timed("paydown", process.execPath, [scanner, "scan", repo, "--json", join(out, "scan.json"), "--functions", join(out, "functions.csv"), "--quiet", ...(process.env.THREADS ? ["--threads", process.env.THREADS] : [])]);
const peers = () => {
  const l = timed("lizard", "python3", [lizard, "--csv", "."]);
  const j = timed("jscpd", jscpd, ["--min-tokens", "50", "--min-lines", "5", "--reporters", "json", "--output", join(out, "jscpd"), "."]);
  return { seconds: l.seconds + j.seconds, rssMb: Math.max(l.rssMb, j.rssMb), lizard: l, jscpd: j };
};

const rows = [];
for (let i = 0; i < rounds; i++) {
  let o, p;
  if (i % 2 === 0) {
    o = ours();
    p = peers();
  } else {
    p = peers();
    o = ours();
  }
  rows.push({ o, p });
  console.log(
    `round ${i + 1}: paydown ${o.seconds.toFixed(2)} s ${o.rssMb.toFixed(0)} MB | lizard ${p.lizard.seconds.toFixed(2)} s ${p.lizard.rssMb.toFixed(0)} MB + jscpd ${p.jscpd.seconds.toFixed(2)} s ${p.jscpd.rssMb.toFixed(0)} MB = ${p.seconds.toFixed(2)} s | ratio ${(o.seconds / p.seconds).toFixed(2)}`,
  );
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = median(rows.map((r) => r.o.seconds / r.p.seconds));
const peak = Math.max(...rows.map((r) => r.o.rssMb));
console.log(`median time ratio paydown / (lizard + jscpd) = ${ratio.toFixed(2)} (target <= 0.50); paydown peak RSS ${peak.toFixed(0)} MB (target <= 700)`);
