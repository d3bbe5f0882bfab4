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

function client(): PrismaClient {
  // One client per process, created on first use: `next build` imports this module
  // without a database, and the dev server re-evaluates modules on every change.
  globalForPrisma.paydownPrisma ??= createClient();
  return globalForPrisma.paydownPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
