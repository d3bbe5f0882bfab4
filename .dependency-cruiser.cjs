/** Architecture rules checked in CI: no cycles, Prisma only in data/mutation files, the scanner independent. */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "prisma-only-in-data-files",
      comment: "Only lib/<domain>/data.ts and mutations.ts (and the client module) may reach the database.",
      severity: "error",
      from: { path: "^(app|components|lib|scripts|bin|prisma)/", pathNot: ["^lib/[^/]+/(data|mutations)\\.ts$", "^lib/db/[^/]+\\.ts$", "^lib/generated/"] },
      to: { path: ["^lib/db/client\\.ts$", "^lib/generated/prisma", "node_modules/@prisma/", "node_modules/pg/"] },
    },
    {
      name: "scanner-is-plain-node",
      comment: "lib/scan never imports Next, React, the database, or dashboard code; it shares only the ingest contract.",
      severity: "error",
      from: { path: "^lib/scan/" },
      to: {
        pathNot: ["^lib/scan/", "^lib/ingest/schema\\.ts$", "^node_modules/(zod|web-tree-sitter|@vscode/tree-sitter-wasm|fast-xml-parser|ignore|picomatch)/"],
        dependencyTypesNot: ["core"],
      },
    },
    {
      name: "client-safe-schemas",
      comment: "schema.ts files are shared with the browser and the scanner: zod only.",
      severity: "error",
      from: { path: "^lib/[^/]+/schema\\.ts$" },
      to: { path: ["^lib/db/", "^lib/generated/", "node_modules/@prisma/", "^lib/[^/]+/(data|mutations|loaders|actions)\\.ts$"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^lib/generated/", "\\.test\\.ts$", "^bench/", "^test/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
