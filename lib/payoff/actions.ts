"use server";

import { revalidatePath } from "next/cache";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, Denied, guarded, NOT_FOUND } from "@/lib/auth/guard";
import { slugSchema } from "@/lib/auth/schema";
import type { SessionUser } from "@/lib/auth/session";
import { findTeam } from "@/lib/teams/data";
import { addSuggestedItem, deleteForecastTarget, setForecastTarget } from "./mutations";
import { addSuggestionSchema, deleteTargetSchema, setTargetSchema } from "./schema";

/** Members and admins of the org, and the team named in the form inside it; 404 otherwise. */
async function memberTeam(user: SessionUser, form: FormData) {
  const org = await actionOrg(user, form.get("org"), "member");
  const slug = slugSchema.safeParse(form.get("team"));
  const team = slug.success ? await findTeam(org.orgId, slug.data) : null;
  if (!team) throw new Denied(NOT_FOUND);
  return { org, team };
}

/** "Add to sprint" on a pay-down-next suggestion: one debt item, linked to the finding or module; twice is once. */
export async function addSuggestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const { org, team } = await memberTeam(user, form);
    const parsed = addSuggestionSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const res = await addSuggestedItem(user, org.orgId, team.id, parsed.data);
    if (res.status === "not_found") return { ok: false, status: 404, message: "Not in this team's sprint or latest scans any more; reload the suggestions." };
    revalidatePath(`/orgs/${org.orgSlug}/teams/${team.slug}/sprints/${parsed.data.sprint}`);
    return { ok: true, message: res.status === "created" ? "Added to the sprint." : "Already in this sprint." };
  });
}

export async function setForecastTargetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const { org, team } = await memberTeam(user, form);
    const parsed = setTargetSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    if (!(await setForecastTarget(user, org.orgId, team.id, parsed.data))) {
      return { ok: false, status: 404, message: "No such module on this team's projects.", fieldErrors: { module: "Choose a module of this team's projects" } };
    }
    revalidatePath(`/orgs/${org.orgSlug}/teams/${team.slug}/forecast`);
    return { ok: true, message: "Target saved." };
  });
}

/** Deleting a target that is already gone is fine: the outcome the caller wanted holds. */
export async function deleteForecastTargetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const { org, team } = await memberTeam(user, form);
    const parsed = deleteTargetSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const deleted = await deleteForecastTarget(user, org.orgId, team.id, parsed.data.target);
    revalidatePath(`/orgs/${org.orgSlug}/teams/${team.slug}/forecast`);
    return { ok: true, message: deleted ? "Target deleted." : "That target was already deleted." };
  });
}
