"use server";

import { revalidatePath } from "next/cache";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, guarded } from "@/lib/auth/guard";
import { createProjectWithToken, createTokenForProject, revokeToken } from "@/lib/auth/mutations";
import { newProjectSchema, newTokenSchema, revokeTokenSchema } from "./schema";

/** Creates a project with a first ingest token, shown once (`secret`). */
export async function createProjectAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = newProjectSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const { project, token } = await createProjectWithToken({ ...parsed.data, orgId: org.orgId }, user);
    revalidatePath(`/orgs/${org.orgSlug}`, "layout");
    return { ok: true, message: `Project "${project.slug}" created. Its ingest token, shown once:`, secret: token };
  }, "A project with this URL name exists in this organization.");
}

export async function createTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = newTokenSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const token = await createTokenForProject(org.orgId, parsed.data.project, parsed.data.name, user);
    if (!token) return { ok: false, status: 404, message: "No such project." };
    revalidatePath(`/orgs/${org.orgSlug}/settings/projects/${parsed.data.project}`);
    return { ok: true, message: "Token created. Copy it now: it is shown once.", secret: token };
  });
}

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = revokeTokenSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    if (!(await revokeToken(org.orgId, parsed.data.tokenId, user))) return { ok: false, status: 404, message: "No such active token." };
    revalidatePath(`/orgs/${org.orgSlug}`, "layout");
    return { ok: true, message: "Token revoked; uploads with it now get 401." };
  });
}
