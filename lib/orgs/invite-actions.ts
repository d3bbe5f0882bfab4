"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, guarded } from "@/lib/auth/guard";
import { hashToken } from "@/lib/auth/tokens";
import { acceptInvitation, createInvitation, revokeInvitation } from "./mutations";
import { acceptInviteSchema, createInviteSchema, revokeInviteSchema } from "./schema";

/** Answers with the invitation link once (`secret`); only its hash is stored. */
export async function createInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = createInviteSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const { token, expiresAt } = await createInvitation(user, org.orgId, parsed.data);
    revalidatePath(`/orgs/${org.orgSlug}/settings/members`);
    return { ok: true, message: `Invitation as ${parsed.data.role}, valid until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC.`, secret: `/invite/${token}` };
  });
}

export async function revokeInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = revokeInviteSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    if (!(await revokeInvitation(user, org.orgId, parsed.data.inviteId))) return { ok: false, status: 404, message: "No such pending invitation." };
    revalidatePath(`/orgs/${org.orgSlug}/settings/members`);
    return { ok: true, message: "Invitation revoked." };
  });
}

/** Whoever holds a valid link may join; the same answer for unknown, used, revoked and expired links. */
export async function acceptInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  const parsed = acceptInviteSchema.safeParse(formObject(form));
  if (!parsed.success) return { ok: false, status: 404, message: "This invitation is not valid: it may have expired, been used or been revoked." };
  const result = await acceptInvitation(user, hashToken(parsed.data.token));
  if (result.status === "invalid") return { ok: false, status: 404, message: "This invitation is not valid: it may have expired, been used or been revoked." };
  redirect(`/orgs/${result.orgSlug}`);
}
