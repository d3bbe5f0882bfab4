import pg from "pg";
import { afterAll, beforeEach } from "vitest";
import { TEST_DATABASE_URL } from "./test-db";

process.env.DATABASE_URL = TEST_DATABASE_URL;

const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 });

beforeEach(async () => {
  const { rows } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  if (rows.length) await pool.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  await pool.end();
});
