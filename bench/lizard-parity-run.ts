/**
 * Child process of bench/lizard-parity.ts: analyses the listed files with our analyser and
 * writes the functions as JSON, so its time and peak memory are measured like Lizard's.
 * Usage: node --import tsx bench/lizard-parity-run.ts <threads> <file-list> <out.json>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createAnalyzerPool } from "../lib/scan/analyze/analyzer-pool";
import { languageForPath } from "../lib/scan/analyze/language";

const [threadsArg, listFile, outFile] = process.argv.slice(2);
const files = readFileSync(listFile, "utf8").split("\n").filter(Boolean);
const started = performance.now();
const pool = createAnalyzerPool({ threads: Number(threadsArg), explainLizard: true });
const results = await Promise.all(
  files.map((file) => pool.analyze(file, readFileSync(file, "utf8"), languageForPath(file)!)),
);
await pool.close();
const seconds = (performance.now() - started) / 1000;
const tokens = results.reduce((sum, r) => sum + r.tokens.hashes.length, 0);
const out = results.map((r) => ({ path: r.path, nloc: r.nloc, error: r.error, functions: r.functions }));
writeFileSync(outFile, JSON.stringify({ seconds, tokens, files: out }));
