import "server-only";
import { prisma } from "@/lib/db/client";

export async function hasAnyOrganization(): Promise<boolean> {
  return (await prisma.organization.count()) > 0;
}
