import { parseArgs } from "node:util";
import { disconnectDatabase } from "@/lib/db/lifecycle";
import { runDigests, type DeliveryOutcome } from "@/lib/digest/run";

const USAGE = `Usage: paydown digest run [--dry-run] [--json]

  Sends every weekly digest that is due (new ones and retries), once: for cron users who
  run the server with PAYDOWN_DIGEST_DISABLED=1, e.g. every 5 minutes:
    */5 * * * *  DATABASE_URL=... paydown digest run
  --dry-run   list (and render) what would be sent; writes and sends nothing
  --json      print the outcomes as JSON

Exit status: 0 when nothing failed, 1 when a send failed (it is retried later), 2 on usage errors.
`;

function line(o: DeliveryOutcome): string {
  const tail = o.error ? `: ${o.error}` : o.nextAttemptAt && o.result === "retry" ? ` (next attempt ${o.nextAttemptAt.toISOString()})` : "";
  return `${o.result.padEnd(10)} ${o.week} ${o.channel} ${o.target}${tail}`;
}

export async function runDigestCli(argv: string[]): Promise<number> {
  const [sub, ...args] = argv;
  if (sub !== "run") {
    process.stderr.write(sub && sub !== "--help" && sub !== "-h" ? `paydown digest: unknown command "${sub}"\n\n${USAGE}` : USAGE);
    return sub === "--help" || sub === "-h" ? 0 : 2;
  }
  let values: { "dry-run"?: boolean; json?: boolean };
  try {
    ({ values } = parseArgs({ args, strict: true, options: { "dry-run": { type: "boolean" }, json: { type: "boolean" } } }));
  } catch (err) {
    process.stderr.write(`paydown digest: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const report = await runDigests({ dryRun: values["dry-run"] });
    if (values.json) {
      process.stdout.write(JSON.stringify(report, null, 2) + "\n");
    } else {
      if (!report.outcomes.length) console.log(values["dry-run"] ? "No digest is due." : "No digest was due.");
      for (const o of report.outcomes) console.log(line(o));
    }
    return report.outcomes.some((o) => o.result === "retry" || o.result === "failed") ? 1 : 0;
  } finally {
    await disconnectDatabase();
  }
}
