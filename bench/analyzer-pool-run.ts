/**
 * Analyser pool throughput: node --import tsx bench/analyzer-pool-run.ts <dir> <threads> (0 = in-process),
 * or bundled with esbuild next to analyze-worker.mjs and the wasm files (see docs/scanner-analysis.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createAnalyzerPool } from "../lib/scan/analyze/analyzer-pool";
import { languageForPath } from "../lib/scan/analyze/language";
const [dir, threads] = process.argv.slice(2);
const files: string[] = [];
const walk = (d: string) => { for (const e of readdirSync(d, { withFileTypes: true })) { if (e.name.startsWith(".")) continue; const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (languageForPath(p)) files.push(p); } };
walk(dir);
const t = performance.now();
const pool = createAnalyzerPool({ threads: Number(threads) });
let lines = 0;
await Promise.all(files.map((f) => { const s = readFileSync(f, "utf8"); lines += s.split("\n").length; return pool.analyze(f, s, languageForPath(f)!); }));
await pool.close();
const sec = (performance.now() - t) / 1000;
console.log(`threads ${threads}: ${files.length} files ${lines} lines ${sec.toFixed(2)} s ${(files.length / sec).toFixed(0)} files/s ${(lines / sec / 1000).toFixed(0)}k lines/s rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
