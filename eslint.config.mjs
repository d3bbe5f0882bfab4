import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Module boundaries (see DEVELOPERS.md). Import cycles and the scanner's independence
// are checked by dependency-cruiser (.dependency-cruiser.cjs).
const prismaOnlyInDataFiles = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["@prisma/*", "**/generated/prisma/*", "@/lib/db/client", "**/db/client"],
          message: "Only lib/<domain>/data.ts and mutations.ts may touch the database.",
        },
      ],
    },
  ],
};

const scannerIsPlainNode = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["next", "next/*", "react", "react/*", "@prisma/*", "pg", "server-only", "@/lib/*", "!@/lib/ingest/schema", "!@/lib/scan/*"],
          message: "The scanner is plain Node: it shares only lib/ingest/schema.ts with the dashboard.",
        },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "test-results-*/**", "node_modules/**", "lib/generated/**", "dist/**", "bench/repos/**", "bench/out/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "**/fixtures/**"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      ...prismaOnlyInDataFiles,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/*/data.ts", "lib/*/mutations.ts", "lib/db/*.ts", "test/**/*.ts", "**/*.integration.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Playwright fixtures name their callback `use`; it is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/scan/**/*.ts"],
    rules: scannerIsPlainNode,
  },
];

export default config;
