import "server-only";
import { redirect } from "next/navigation";
import type { ActionState } from "./action-state";
import { findMembership, type OrgMembership } from "./data";
import { roleAtLeast, slugSchema, type Role } from "./schema";
import { getSessionUser, type SessionUser } from "./session";

/** Thrown inside an action to answer with a state instead of going on. */
export class Denied extends Error {
  constructor(readonly state: Exclude<ActionState, null | { ok: true }>) {
    super(state.message);
  }
}

export const NOT_FOUND = { ok: false, status: 404, message: "Not found, or you do not have access to it." } as const;

/** Server actions are public endpoints: every one starts here. Anonymous callers go to sign-in. */
export async function actionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** The caller's membership with at least `needed`; 404 for non-members (other tenants stay invisible), 403 for too low a role. */
export async function actionOrg(user: SessionUser, orgSlug: unknown, needed: Role): Promise<OrgMembership & { user: SessionUser }> {
  const slug = slugSchema.safeParse(orgSlug);
  if (!slug.success) throw new Denied(NOT_FOUND);
  const membership = await findMembership(user.id, slug.data);
  if (!membership) throw new Denied(NOT_FOUND);
  if (!roleAtLeast(membership.role, needed)) {
    throw new Denied({ ok: false, status: 403, message: `This needs the ${needed} role; you are ${membership.role}.` });
  }
  return { ...membership, user };
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === "P2002";
}

/** Runs an action body, turning denials and unique-key conflicts into states; redirects pass through. */
export async function guarded(body: () => Promise<ActionState>, conflict = "That name is already taken."): Promise<ActionState> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof Denied) return err.state;
    if (isUniqueViolation(err)) return { ok: false, status: 409, message: conflict, fieldErrors: { slug: conflict } };
    throw err;
  }
}
