import { parseArgs } from "node:util";

/** A usage or setup problem: exit code 2 with one clear line. */
export class GateSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GateSetupError";
  }
}

export interface GateArgs {
  path: string;
  config?: string;
  scan?: string;
  baseline?: string;
  server?: string;
  token?: string;
  baseRef: string;
  coverage: string[];
  warnOnly: boolean;
  markdown?: string;
  post: boolean;
  pullRequest: string | null;
  branch: string | null;
  threads?: number;
  help: boolean;
}

export const GATE_USAGE = `Usage: paydown gate [path] [options]

Judges a change (the working tree against the merge base with the target branch) by the rules
of paydown.config.json "gate" (docs/ci.md). Exit 0 pass, 1 fail, 2 usage or setup error.

  --scan FILE          the change's scan document (paydown scan --json FILE); default: scan now
  --baseline FILE      the target branch's baseline as GET /api/v1/baseline returns it
  --server URL         dashboard to fetch the baseline from and post the result to (env PAYDOWN_URL)
  --token TOKEN        project token for --server (env PAYDOWN_TOKEN)
  --base-ref REF       target branch ref (default: origin/$GITHUB_BASE_REF, origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME, else origin/main)
  --coverage GLOB      coverage report(s) of the change (repeatable); needed for changed-lines coverage
  --config FILE        paydown.config.json to use (default: <path>/paydown.config.json if present)
  --warn-only          report failures but exit 0
  --markdown FILE      also write the report as Markdown for a pull-request comment
  --no-post            do not post the result to the dashboard
  --pr NUMBER|URL      pull request to record (default: from GitHub Actions or GitLab CI variables)
  --branch NAME        branch to record (default: from CI variables or git)
  --threads N          analyser threads when scanning
  -h, --help           this help
`;

/** The pull request the CI job runs for, from GitHub Actions or GitLab CI variables. */
export function pullRequestFromEnv(env: NodeJS.ProcessEnv): string | null {
  const gh = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? "");
  if (gh) return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/pull/${gh[1]}` : gh[1]!;
  if (env.CI_MERGE_REQUEST_IID) return env.CI_PROJECT_URL ? `${env.CI_PROJECT_URL}/-/merge_requests/${env.CI_MERGE_REQUEST_IID}` : env.CI_MERGE_REQUEST_IID;
  return null;
}

export function parseGateArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): GateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string" },
        scan: { type: "string" },
        baseline: { type: "string" },
        server: { type: "string" },
        token: { type: "string" },
        "base-ref": { type: "string" },
        coverage: { type: "string", multiple: true },
        "warn-only": { type: "boolean" },
        markdown: { type: "string" },
        "no-post": { type: "boolean" },
        pr: { type: "string" },
        branch: { type: "string" },
        threads: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new GateSetupError(`${(err as Error).message.split("\n")[0]} (see paydown gate --help)`);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length > 1) throw new GateSetupError(`expected at most one path, got ${positionals.join(" ")}`);
  const server = v.server ?? (env.PAYDOWN_URL || undefined);
  const token = v.token ?? (env.PAYDOWN_TOKEN || undefined);
  if (!v.help) {
    if (v.baseline && v.server) throw new GateSetupError("pass either --baseline FILE or --server URL, not both");
    if (!v.baseline && !server) throw new GateSetupError("no baseline: pass --baseline FILE, or --server URL --token T (or set PAYDOWN_URL and PAYDOWN_TOKEN)");
    if (server && !token) throw new GateSetupError("--server needs a project token: pass --token or set PAYDOWN_TOKEN");
    if (server && !/^https?:\/\//.test(server)) throw new GateSetupError(`--server: expected an http(s) URL, got "${server}"`);
  }
  let threads: number | undefined;
  if (v.threads !== undefined) {
    threads = Number(v.threads);
    if (!Number.isInteger(threads) || threads < 0) throw new GateSetupError(`--threads: expected a whole number >= 0, got "${v.threads}"`);
  }
  const target = env.GITHUB_BASE_REF || env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME;
  return {
    path: positionals[0] ?? ".",
    config: v.config,
    scan: v.scan,
    baseline: v.baseline,
    server: v.baseline ? undefined : server,
    token,
    baseRef: v["base-ref"] ?? (target ? `origin/${target}` : "origin/main"),
    coverage: v.coverage ?? [],
    warnOnly: v["warn-only"] ?? false,
    markdown: v.markdown,
    post: !(v["no-post"] ?? false),
    pullRequest: v.pr ?? pullRequestFromEnv(env),
    branch: v.branch ?? (env.GITHUB_HEAD_REF || env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME || null),
    threads,
    help: v.help ?? false,
  };
}
