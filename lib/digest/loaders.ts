import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrgRole } from "@/lib/auth/loaders";
import { digestBaseUrl } from "./base-url";
import { composeDigest } from "./compose";
import { findSubscription, listRecentDeliveries, listSubscriptions } from "./data";
import { renderDigest } from "./message";
import { lastCompleteWeek, weekStartOfLabel } from "./schedule";
import { smtpConfigFromEnv } from "./smtp-config";

/** Whether each channel can send from this server, for the settings page's notes. */
export function channelStatus(env: Record<string, string | undefined> = process.env) {
  const { config, problem } = smtpConfigFromEnv(env);
  return {
    email: config ? { on: true as const, from: config.from, server: `${config.host}:${config.port}` } : { on: false as const, problem: problem ?? null },
    schedulerOff: env.PAYDOWN_DIGEST_DISABLED === "1",
  };
}

export const loadDigestSettings = cache(async (orgSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  const [{ subscriptions, projects, teams }, deliveries] = await Promise.all([listSubscriptions(org.orgId), listRecentDeliveries(org.orgId)]);
  return { org, subscriptions, projects, teams, deliveries, channels: channelStatus() };
});

/** The digest of a subscription for a week (default: the last complete one) as it would be sent. */
export const loadDigestPreview = cache(async (orgSlug: string, subscriptionId: string, week: string | undefined) => {
  const org = await requireOrgRole(orgSlug, "admin");
  const sub = await findSubscription(org.orgId, subscriptionId);
  if (!sub) notFound();
  const now = new Date();
  // A future week has no review yet; fall back to the default rather than render nothing.
  const start = week ? weekStartOfLabel(week) : null;
  const chosen = week && start && start.getTime() < now.getTime() ? week : lastCompleteWeek(now);
  const content = await composeDigest(sub, chosen);
  return { org, sub, week: chosen, rendered: content ? renderDigest(content, digestBaseUrl(process.env)) : null };
});
