"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, guarded } from "@/lib/auth/guard";
import { createTeam, updateTeam, type TeamChange } from "./mutations";
import { teamFormSchema, updateTeamFormSchema } from "./schema";

const TAKEN = "A team with this URL name exists in this organization.";

// Checkboxes repeat the "projects" key; formObject keeps one value per key.
const teamForm = (form: FormData) => ({ ...formObject(form), projects: form.getAll("projects").filter((v) => typeof v === "string" && v) });

function refused(change: Exclude<TeamChange, { status: "ok" }>): ActionState {
  if (change.status === "not_found") return { ok: false, status: 404, message: "No such team." };
  const message = `No such project: ${change.slugs.join(", ")}.`;
  return { ok: false, status: 400, message, fieldErrors: { projects: message } };
}

export async function createTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = teamFormSchema.safeParse(teamForm(form));
    if (!parsed.success) return invalid(parsed.error);
    const change = await createTeam(user, org.orgId, parsed.data);
    if (change.status !== "ok") return refused(change);
    revalidatePath(`/orgs/${org.orgSlug}/teams`);
    return { ok: true, message: `Team "${change.slug}" created.` };
  }, TAKEN);
}

export async function updateTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  let to = "";
  const result = await guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = updateTeamFormSchema.safeParse(teamForm(form));
    if (!parsed.success) return invalid(parsed.error);
    const change = await updateTeam(user, org.orgId, parsed.data.team, parsed.data);
    if (change.status !== "ok") return refused(change);
    revalidatePath(`/orgs/${org.orgSlug}/teams`, "layout");
    to = `/orgs/${org.orgSlug}/teams/${change.slug}`;
    return { ok: true };
  }, TAKEN);
  // A renamed team lives at a new address; redirect outside guarded, which would not let it through as a state.
  if (to) redirect(to);
  return result;
}
