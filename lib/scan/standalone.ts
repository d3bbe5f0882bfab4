/**
 * Entry of the standalone bundle (dist/paydown-scan.mjs): `node paydown-scan.mjs scan|gate [path] ...`.
 * The project's bin/paydown.mjs calls main() from cli.ts directly instead.
 */
import { main } from "./cli";
import { tuneCompiler } from "./compiler-tuning";
import { gateMain } from "./gate/gate-cli";

tuneCompiler();

// `paydown-scan scan --json - | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const [command, ...rest] = process.argv.slice(2);
if (command === "scan") {
  process.exitCode = await main(rest);
} else if (command === "gate") {
  process.exitCode = await gateMain(rest);
} else {
  process.stderr.write(`usage: paydown-scan scan|gate [path] [options]   (paydown-scan scan --help, paydown-scan gate --help)\n`);
  process.exitCode = command === "--help" || command === "-h" ? 0 : 2;
}
