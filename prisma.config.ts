import { defineConfig } from "prisma/config";

// DATABASE_URL is optional here so `prisma generate` works on a fresh clone before a
// database exists; migrate commands fail with Prisma's own message when it is missing.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node bin/paydown.mjs seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/paydown" },
});
