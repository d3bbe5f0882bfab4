"use server";

import { revalidatePath } from "next/cache";
import { formObject, invalid, type ActionState } from "@/lib/auth/action-state";
import { actionOrg, actionUser, guarded } from "@/lib/auth/guard";
import { findScopeProject, findScopeTeam } from "./data";
import { createSubscription, deleteSubscription, retryDelivery, setSubscriptionEnabled } from "./mutations";
import { deliveryRefSchema, newSubscriptionSchema, setEnabledSchema, subscriptionRefSchema } from "./schema";
import { smtpConfigFromEnv } from "./smtp-config";
import { allowLocalHttp } from "./webhook-url";

const page = (orgSlug: string) => `/orgs/${orgSlug}/settings/digests`;
const NO_SUBSCRIPTION = { ok: false, status: 404, message: "No such digest subscription." } as const;

export async function createDigestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = newSubscriptionSchema({ allowLocalHttp: allowLocalHttp(process.env) }).safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const input = parsed.data;
    if (input.channel === "email" && !smtpConfigFromEnv(process.env).config) {
      const message = "Email is off on this server: its operator sets PAYDOWN_SMTP_URL and PAYDOWN_SMTP_FROM (see docs/digest.md). Use a Slack webhook meanwhile.";
      return { ok: false, status: 400, message, fieldErrors: { channel: message } };
    }
    const scope = input.scope.kind === "project" ? await findScopeProject(org.orgId, input.scope.slug) : await findScopeTeam(org.orgId, input.scope.slug);
    if (!scope) return { ok: false, status: 404, message: `No such ${input.scope.kind}.`, fieldErrors: { scope: `No such ${input.scope.kind}.` } };
    await createSubscription(
      user,
      org.orgId,
      {
        projectId: input.scope.kind === "project" ? scope.id : null,
        teamId: input.scope.kind === "team" ? scope.id : null,
        channel: input.channel,
        target: input.target,
        weekday: input.weekday,
        hour: input.hour,
      },
      `${input.scope.kind}:${scope.slug}`,
    );
    revalidatePath(page(org.orgSlug));
    return { ok: true, message: "Digest added. It is sent at its next scheduled time (or at once, for last week, if this week's has passed)." };
  });
}

export async function deleteDigestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = subscriptionRefSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    if (!(await deleteSubscription(user, org.orgId, parsed.data.subscriptionId))) return NO_SUBSCRIPTION;
    revalidatePath(page(org.orgSlug));
    return { ok: true, message: "Digest removed, with its delivery history." };
  });
}

export async function setDigestEnabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = setEnabledSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    if (!(await setSubscriptionEnabled(user, org.orgId, parsed.data.subscriptionId, parsed.data.enabled))) return NO_SUBSCRIPTION;
    revalidatePath(page(org.orgSlug));
    return { ok: true, message: parsed.data.enabled ? "Digest enabled." : "Digest paused." };
  });
}

export async function retryDeliveryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await actionUser();
  return guarded(async () => {
    const org = await actionOrg(user, form.get("org"), "admin");
    const parsed = deliveryRefSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(parsed.error);
    const result = await retryDelivery(user, org.orgId, parsed.data.deliveryId);
    if (result === "not_found") return { ok: false, status: 404, message: "No such delivery." };
    if (result === "already_sent") return { ok: false, status: 409, message: "That digest was already sent." };
    revalidatePath(page(org.orgSlug));
    return { ok: true, message: "Queued: the scheduler sends it within a few minutes (or run `paydown digest run`)." };
  });
}
