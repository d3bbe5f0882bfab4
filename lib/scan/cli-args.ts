import { parseArgs } from "node:util";
import { ScanError } from "./config";

export interface CliArgs {
  path: string;
  config?: string;
  coverage: string[];
  junit: string[];
  json?: string;
  functions?: string;
  upload?: string;
  token?: string;
  branch?: string;
  commit?: string;
  history?: string;
  every?: string;
  threads?: number;
  quiet: boolean;
  help: boolean;
}

export const USAGE = `Usage: paydown scan [path] [options]

Measures test, docs, complexity and duplication debt per module and writes or uploads a scan document.

  --config FILE        paydown.config.json to use (default: <path>/paydown.config.json if present)
  --coverage GLOB      coverage report(s): Cobertura or JaCoCo XML, LCOV, coverage.py JSON,
                       Istanbul JSON, Go coverage profile (repeatable)
  --junit GLOB         JUnit XML test report(s) (repeatable)
  --json FILE          write the scan document to FILE ("-" for stdout)
  --functions FILE     write every function as Lizard-compatible CSV
  --upload URL         POST the document to URL/api/v1/scans (env PAYDOWN_URL)
  --token TOKEN        project token for --upload (env PAYDOWN_TOKEN)
  --branch NAME        branch to record (default: current git branch)
  --commit SHA         commit to record (default: HEAD)
  --history SPAN       backfill history: one scan per interval over SPAN (e.g. 52w) of first-parent commits
  --every INTERVAL     interval between history points (default 1w)
  --threads N          analyser threads (default: CPU count)
  --quiet              no progress and no summary table
  -h, --help           this help
`;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string" },
        coverage: { type: "string", multiple: true },
        junit: { type: "string", multiple: true },
        json: { type: "string" },
        functions: { type: "string" },
        upload: { type: "string" },
        token: { type: "string" },
        branch: { type: "string" },
        commit: { type: "string" },
        history: { type: "string" },
        every: { type: "string" },
        threads: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new ScanError(`${(err as Error).message.split("\n")[0]} (see paydown scan --help)`);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length > 1) throw new ScanError(`expected at most one path, got ${positionals.join(" ")}`);
  let threads: number | undefined;
  if (v.threads !== undefined) {
    threads = Number(v.threads);
    if (!Number.isInteger(threads) || threads < 0) throw new ScanError(`--threads: expected a whole number >= 0, got "${v.threads}"`);
  }
  if (v.commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(v.commit)) throw new ScanError(`--commit: expected a hex SHA, got "${v.commit}"`);
  if (v.every && !v.history) throw new ScanError("--every needs --history");
  const upload = v.upload ?? (env.PAYDOWN_URL || undefined);
  const token = v.token ?? (env.PAYDOWN_TOKEN || undefined);
  if (upload && !token) throw new ScanError("--upload needs a project token: pass --token or set PAYDOWN_TOKEN");
  if (upload && !/^https?:\/\//.test(upload)) throw new ScanError(`--upload: expected an http(s) URL, got "${upload}"`);
  return {
    path: positionals[0] ?? ".",
    config: v.config,
    coverage: v.coverage ?? [],
    junit: v.junit ?? [],
    json: v.json,
    functions: v.functions,
    upload,
    token,
    branch: v.branch,
    commit: v.commit?.toLowerCase(),
    history: v.history,
    every: v.every,
    threads,
    quiet: v.quiet ?? false,
    help: v.help ?? false,
  };
}
