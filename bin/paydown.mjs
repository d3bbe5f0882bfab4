#!/usr/bin/env node
// Entry point of the `paydown` command. Runs the TypeScript sources through tsx, so it
// works from a checkout after `npm ci`; other repositories' CI use the bundled
// dist/paydown-scan.mjs instead (npm run build:scanner).
import "./register-ts.mjs";

const [command, ...rest] = process.argv.slice(2);

const USAGE = `Usage: paydown <command>

  scan [path] [options]     measure a repository and print, save or upload a scan (paydown scan --help)
  gate [path] [options]     judge a pull request against the target branch's baseline (paydown gate --help)
  serve                     start the dashboard (embedded PostgreSQL when DATABASE_URL is unset)
  seed                      load the labelled demo organization into DATABASE_URL
  admin create-user --email E --password P --org O [--role admin|member|viewer]
  admin create-project --org O --slug S [--name N]   (prints a new ingest token once)
  admin create-token --org O --project S [--name N]  (prints a new ingest token once)
  digest run [--dry-run]    send the weekly digests that are due, once (for cron)
`;

async function run() {
  switch (command) {
    case "scan": {
      (await import("../lib/scan/compiler-tuning.ts")).tuneCompiler();
      const { main } = await import("../lib/scan/cli.ts");
      return main(rest);
    }
    case "gate": {
      (await import("../lib/scan/compiler-tuning.ts")).tuneCompiler();
      const { gateMain } = await import("../lib/scan/gate/gate-cli.ts");
      return gateMain(rest);
    }
    case "admin": {
      const { runAdmin } = await import("../scripts/admin.ts");
      return runAdmin(rest);
    }
    case "digest": {
      const { runDigestCli } = await import("../scripts/digest.ts");
      return runDigestCli(rest);
    }
    case "seed": {
      const { seed } = await import("../prisma/seed.ts");
      return seed();
    }
    case "serve": {
      const { serve } = await import("../scripts/serve.ts");
      return serve(rest);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    default:
      process.stderr.write(`paydown: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

run().then(
  (code) => {
    process.exitCode = code ?? 0;
  },
  (err) => {
    process.stderr.write(`paydown: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
