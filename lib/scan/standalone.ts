/**
 * Entry of the standalone bundle (dist/paydown-scan.mjs): `node paydown-scan.mjs scan [path] ...`.
 * The project's bin/paydown.mjs calls main() from cli.ts directly instead.
 */
import { main } from "./cli";

const [command, ...rest] = process.argv.slice(2);
if (command === "scan") {
  process.exitCode = await main(rest);
} else {
  process.stderr.write(`usage: paydown-scan scan [path] [options]   (paydown-scan scan --help for options)\n`);
  process.exitCode = command === "--help" || command === "-h" ? 0 : 2;
}
