#!/usr/bin/env node
// The whole test suite, as the README and CI run it: static checks, unit, integration on
// a real PostgreSQL, a production build, end-to-end in Chromium, and a scan of this
// repository by its own scanner (with the unit tests' coverage and JUnit reports).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";

const only = process.argv.slice(2);
const steps = [
  ["generate", "npx", ["--no-install", "prisma", "generate"]],
  ["lint", "npx", ["--no-install", "eslint", "."]],
  ["boundaries", "npx", ["--no-install", "depcruise", "lib", "app", "components", "bin", "scripts", "prisma", "--config", ".dependency-cruiser.cjs"]],
  ["typecheck", "npx", ["--no-install", "tsc", "--noEmit"]],
  [
    "unit",
    "npx",
    [
      "--no-install", "vitest", "run", "--project", "unit",
      "--coverage", "--coverage.reporter=lcov", "--coverage.reporter=text-summary", "--coverage.include=lib/**", "--coverage.include=components/**", "--coverage.exclude=lib/generated/**", "--coverage.exclude=**/fixtures/**",
      "--reporter=default", "--reporter=junit", "--outputFile.junit=test-results/unit-junit.xml",
    ],
  ],
  // Dates must not depend on the machine's zone: run integration tests away from UTC.
  [
    "integration",
    "npx",
    [
      "--no-install", "vitest", "run", "--project", "integration",
      "--coverage", "--coverage.reporter=lcov", "--coverage.reportsDirectory=coverage/integration",
      "--coverage.include=lib/**", "--coverage.include=app/**", "--coverage.include=components/**", "--coverage.exclude=lib/generated/**", "--coverage.exclude=**/fixtures/**",
      "--reporter=default", "--reporter=junit", "--outputFile.junit=test-results/integration-junit.xml",
    ],
    { TZ: "Pacific/Auckland" },
  ],
  ["build", "npx", ["--no-install", "next", "build"]],
  ["e2e", "npx", ["--no-install", "playwright", "test"]],
  [
    "self-scan",
    "node",
    [
      "bin/paydown.mjs", "scan", ".",
      "--coverage", "coverage/lcov.info", "--coverage", "coverage/integration/lcov.info",
      "--junit", "test-results/*.xml", "--json", "artifacts/scan.json", "--functions", "artifacts/functions.csv",
    ],
  ],
];

mkdirSync("artifacts", { recursive: true });
const results = [];
for (const [name, cmd, args, extraEnv] of steps) {
  if (only.length && !only.includes(name)) continue;
  if (name === "self-scan" && !existsSync("lib/scan/cli.ts")) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${r.status === 0 ? "ok  " : "FAIL"} ${name} (${seconds}s)`);
  if (r.status !== 0) {
    console.error(`\n${results.join("\n")}\n\ntest suite failed at step "${name}"`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n${results.join("\n")}\n\nall tests passed`);
