"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, guarded } from "@/lib/auth/guard";
import { changeMemberRole, createOrganization, removeMember, updateOrganization, type MemberChange } from "./mutations";
import { createOrgSchema, memberRoleSchema, orgSettingsSchema, removeMemberSchema } from "./schema";

export async function createOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  const parsed = createOrgSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error);
  const state = await guarded(async () => {
    await createOrganization(user, parsed.data);
    return { ok: true };
  }, "An organization with this URL name exists; pick another.");
  if (state?.ok) redirect(`/orgs/${parsed.data.slug}`);
  return state;
}

export async function updateOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const parsed = orgSettingsSchema.safeParse(formObject(form));
    const org = await actionOrg(user, parsed.data?.org ?? form.get("org"), "admin");
    if (!parsed.success) return invalid(parsed.error);
    await updateOrganization(user, org.orgId, { name: parsed.data.name });
    revalidatePath(`/orgs/${org.orgSlug}`, "layout");
    return { ok: true, message: "Saved." };
  });
}

function memberState(result: MemberChange, done: string): ActionState {
  if (result === "not_found") return { ok: false, status: 404, message: "No such member." };
  if (result === "last_admin") return { ok: false, status: 409, message: "An organization needs at least one admin: make someone else admin first." };
  return { ok: true, message: done };
}

export async function changeMemberRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = memberRoleSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const result = await changeMemberRole(user, org.orgId, parsed.data.userId, parsed.data.role);
    revalidatePath(`/orgs/${org.orgSlug}`, "layout");
    return memberState(result, "Role changed.");
  });
}

export async function removeMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = removeMemberSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const result = await removeMember(user, org.orgId, parsed.data.userId);
    revalidatePath(`/orgs/${org.orgSlug}`, "layout");
    return memberState(result, "Member removed.");
  });
}
