import type { Role } from "@/lib/auth/schema";

/**
 * Whether changing `userId` to `newRole` (null = removal) leaves the organization with
 * an admin. Pure, so the rule is unit-tested; the mutation runs it under a row lock.
 */
export function keepsAnAdmin(members: Array<{ userId: string; role: Role }>, userId: string, newRole: Role | null): boolean {
  const admins = members.filter((m) => m.role === "admin" && m.userId !== userId).length;
  return admins > 0 || newRole === "admin" || !members.some((m) => m.userId === userId && m.role === "admin");
}
