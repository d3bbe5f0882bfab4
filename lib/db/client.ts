import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start Paydown with `npm start` (embedded database) or set DATABASE_URL.");
  }
  // The embedded PGlite server has a single session, so its pool must be one connection.
  const max = Number(process.env.PAYDOWN_DB_POOL_MAX ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForPrisma = globalThis as unknown as { paydownPrisma?: PrismaClient };

// One client per process; the dev server re-evaluates modules on every change.
export const prisma: PrismaClient = globalForPrisma.paydownPrisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.paydownPrisma = prisma;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
