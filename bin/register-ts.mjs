// Lets plain `node` run the project's TypeScript: tsx for the sources, and an empty
// "server-only" (it throws outside React Server Components; CLI commands are server code).
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
const serverOnlyStub = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register("data:text/javascript," + encodeURIComponent(serverOnlyStub));
