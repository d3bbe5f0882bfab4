"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, Denied, guarded, NOT_FOUND } from "@/lib/auth/guard";
import { findTeam } from "@/lib/teams/data";
import { slugSchema } from "@/lib/auth/schema";
import { importCsv, type ColumnMapping, MAPPED_FIELDS } from "./csv-import";
import { findSprintOfTeam } from "./data";
import { createSprint, deleteItem, setItemProgress, updateSprint, upsertItems, type ItemProblem } from "./mutations";
import { itemFromForm, itemRefSchema, ITEM_STATUSES, sprintFromForm, sprintInputSchema, sprintRefSchema, workItemInputSchema } from "./schema";
import { z } from "zod";

const TAKEN = "This team already has a sprint with this name.";

/** Member of the org, and the team there; viewers get 403, others 404. */
async function writableTeam(form: FormData) {
  const user = await actionUser();
  const org = await actionOrg(user, form.get("org"), "member");
  const slug = slugSchema.safeParse(form.get("team"));
  const team = slug.success ? await findTeam(org.orgId, slug.data) : null;
  if (!team) throw new Denied(NOT_FOUND);
  return { user, org, team, base: `/orgs/${org.orgSlug}/teams/${team.slug}` };
}

async function writableSprint(form: FormData) {
  const ctx = await writableTeam(form);
  const ref = sprintRefSchema.safeParse(formObject(form));
  const sprint = ref.success ? await findSprintOfTeam(ctx.org.orgId, ctx.team.id, ref.data.sprint) : null;
  if (!sprint) throw new Denied(NOT_FOUND);
  return { ...ctx, sprint, path: `${ctx.base}/sprints/${sprint.id}` };
}

function itemProblems(problems: ItemProblem[], rowOf: (index: number) => string = () => ""): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) fieldErrors[p.path.split(".")[0]] ??= p.message;
  const lines = problems.slice(0, 20).map((p) => `${rowOf(p.index)}${p.message}`);
  return { ok: false, status: 400, message: `Nothing was saved: ${lines.join("; ")}`, fieldErrors };
}

export async function createSprintAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let to = "";
  const result = await guarded(async () => {
    const { user, org, team, base } = await writableTeam(form);
    const parsed = sprintInputSchema.safeParse(sprintFromForm(formObject(form)));
    if (!parsed.success) return invalid(parsed.error);
    await createSprint(user, org.orgId, team, parsed.data);
    revalidatePath(base);
    to = base;
    return { ok: true };
  }, TAKEN);
  if (to) redirect(to);
  return result && !result.ok && result.status === 409 ? { ...result, fieldErrors: { name: TAKEN } } : result;
}

export async function updateSprintAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await guarded(async () => {
    const { user, org, team, sprint, path } = await writableSprint(form);
    const parsed = sprintInputSchema.safeParse(sprintFromForm(formObject(form)));
    if (!parsed.success) return invalid(parsed.error);
    await updateSprint(user, org.orgId, team.id, sprint.id, parsed.data);
    revalidatePath(path);
    return { ok: true, message: "Sprint saved." };
  }, TAKEN);
  return result && !result.ok && result.status === 409 ? { ...result, fieldErrors: { name: TAKEN } } : result;
}

export async function addItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return guarded(async () => {
    const { user, org, sprint, path } = await writableSprint(form);
    const parsed = workItemInputSchema.safeParse(itemFromForm(formObject(form)));
    if (!parsed.success) return invalid(parsed.error);
    const result = await upsertItems(user, org.orgId, sprint.id, [parsed.data], "form");
    if (!result.ok) return result.status === "not_found" ? NOT_FOUND : itemProblems(result.problems);
    revalidatePath(path);
    return { ok: true, message: result.created ? `Added "${parsed.data.title}".` : `Updated ${parsed.data.externalKey}.` };
  });
}

const progressSchema = itemRefSchema.extend({
  status: z.enum(ITEM_STATUSES),
  estimate: z.preprocess((v) => (v === "" || v == null ? null : Number(v)), z.number({ message: "a number" }).min(0, "not negative").max(10_000).nullable()),
});

export async function updateItemProgressAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return guarded(async () => {
    const { user, org, team, sprint, path } = await writableSprint(form);
    const parsed = progressSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const { status, estimate, itemId } = parsed.data;
    if (!(await setItemProgress(user, org.orgId, team.id, sprint.id, itemId, { status, estimate }))) return NOT_FOUND;
    revalidatePath(path);
    return { ok: true, message: "Saved." };
  });
}

export async function deleteItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return guarded(async () => {
    const { user, org, team, sprint, path } = await writableSprint(form);
    const parsed = itemRefSchema.safeParse(formObject(form));
    if (!parsed.success) return NOT_FOUND;
    // Removing an item that is already gone (a second tab, a double click) is not an error.
    const removed = await deleteItem(user, org.orgId, team.id, sprint.id, parsed.data.itemId);
    revalidatePath(path);
    return { ok: true, message: removed ? "Item removed." : "The item was already removed." };
  });
}

/** Imports a tracker CSV: every row is checked (and every module resolved) before anything is written. */
export async function importItemsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return guarded(async () => {
    const { user, org, sprint, path } = await writableSprint(form);
    const f = formObject(form);
    // Columns the form leaves out are guessed from the headers; "" means "not mapped".
    const mapping: Partial<ColumnMapping> = Object.fromEntries(MAPPED_FIELDS.filter((k) => `map.${k}` in f).map((k) => [k, f[`map.${k}`] || null]));
    const preview = importCsv(f.csv ?? "", { mapping, sprintName: sprint.name });
    if (preview.error) return { ok: false, status: 400, message: preview.error, fieldErrors: { csv: preview.error } };
    if (preview.invalid.length) {
      const lines = preview.invalid.slice(0, 20).map((r) => `row ${r.row}: ${r.reason}`);
      return { ok: false, status: 400, message: `Nothing was imported; fix these rows: ${lines.join("; ")}`, fieldErrors: { csv: lines[0] } };
    }
    if (!preview.items.length) return { ok: false, status: 400, message: "No rows to import.", fieldErrors: { csv: "no rows to import" } };
    const result = await upsertItems(user, org.orgId, sprint.id, preview.items.map((r) => r.item), "csv");
    if (!result.ok) return result.status === "not_found" ? NOT_FOUND : itemProblems(result.problems, (i) => `row ${preview.items[i].row}: `);
    revalidatePath(path);
    return { ok: true, message: `Imported ${result.created} new and updated ${result.updated} existing items.` };
  });
}
