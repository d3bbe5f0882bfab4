// Bundles the scanner into dist/: paydown-scan.mjs (CLI), analyze-worker.mjs (worker-thread entry the
// analyser pool looks for beside the bundle) and the tree-sitter .wasm files (grammars.ts looks for
// them beside the bundle first). The result needs only Node 20: no node_modules.
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// SCANNER_OUT builds elsewhere (parallel benchmarks of two working copies).
const out = process.env.SCANNER_OUT ? resolve(process.env.SCANNER_OUT) : join(root, "dist");
const require = createRequire(import.meta.url);

// CommonJS dependencies (ignore, picomatch) call require() for Node built-ins; ESM has none.
const banner = `import { createRequire as __paydownCreateRequire } from "node:module";
const require = __paydownCreateRequire(import.meta.url);`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: {
    "paydown-scan": join(root, "lib/scan/standalone.ts"),
    "analyze-worker": join(root, "lib/scan/analyze/analyze-worker.ts"),
  },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner: { js: banner },
  // The pool falls back to tsx when the bundled worker is missing; never bundle that branch's loader.
  external: ["tsx"],
  legalComments: "none",
  logLevel: "warning",
});

const wasm = {
  "tree-sitter.wasm": require.resolve("web-tree-sitter/tree-sitter.wasm"),
};
const vscodeWasm = join(dirname(require.resolve("@vscode/tree-sitter-wasm/package.json")), "wasm");
for (const name of [
  "tree-sitter-python.wasm", "tree-sitter-javascript.wasm", "tree-sitter-typescript.wasm", "tree-sitter-tsx.wasm",
  "tree-sitter-java.wasm", "tree-sitter-go.wasm", "tree-sitter-c-sharp.wasm", "tree-sitter-rust.wasm",
]) {
  wasm[name] = join(vscodeWasm, name);
}
for (const [name, from] of Object.entries(wasm)) copyFileSync(from, join(out, name));

const size = (f) => (statSync(join(out, f)).size / 1024).toFixed(0);
console.log(`dist/paydown-scan.mjs ${size("paydown-scan.mjs")} KiB, dist/analyze-worker.mjs ${size("analyze-worker.mjs")} KiB, ${Object.keys(wasm).length} wasm files`);
