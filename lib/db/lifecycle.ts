import "server-only";
import { prisma } from "./client";

/** Lets command-line entry points exit promptly once their work is done. */
export function disconnectDatabase(): Promise<void> {
  return prisma.$disconnect();
}
