import type { Metadata } from "next";
import { Card } from "@/components/card";
import { DeliveriesTable } from "@/components/digest/deliveries-table";
import { SubscriptionForm } from "@/components/digest/subscription-form";
import { scheduleLabel, SubscriptionsTable } from "@/components/digest/subscriptions-table";
import { loadDigestSettings } from "@/lib/digest/loaders";

export const metadata: Metadata = { title: "Digests" };

export default async function DigestSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { subscriptions, projects, teams, deliveries, channels } = await loadDigestSettings(org);
  const byId = new Map(subscriptions.map((s) => [s.id, s]));
  const describe = (id: string) => {
    const s = byId.get(id);
    return s ? `${s.scope?.name ?? "deleted"} · ${s.channel === "email" ? "email" : "Slack"} · ${scheduleLabel(s)}` : "removed digest";
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Weekly digests</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        The weekly review of a project or a team, sent every week at the day and hour you choose (UTC) for the last complete week. Failed sends are
        retried with growing waits and listed below until they go through.
      </p>
      <ul className="space-y-1 text-sm" data-testid="digest-channels">
        <li>
          {channels.email.on ? (
            <span className="text-green-700 dark:text-green-400">
              Email is on: sent from {channels.email.from} through {channels.email.server}.
            </span>
          ) : (
            <span className="text-amber-700 dark:text-amber-400">
              Email is off: {channels.email.problem ?? "the server has no SMTP settings (PAYDOWN_SMTP_URL and PAYDOWN_SMTP_FROM)."} Slack-compatible webhooks work
              without it.
            </span>
          )}
        </li>
        {channels.schedulerOff ? (
          <li className="text-amber-700 dark:text-amber-400">The built-in scheduler is off (PAYDOWN_DIGEST_DISABLED=1): digests go out when cron runs `paydown digest run`.</li>
        ) : null}
      </ul>
      <Card title="New digest">
        {projects.length || teams.length ? (
          <SubscriptionForm org={org} projects={projects} teams={teams} emailOn={channels.email.on} />
        ) : (
          <p className="text-sm text-zinc-500">Create a project or a team first.</p>
        )}
      </Card>
      <Card title={`Digests (${subscriptions.length})`}>
        <SubscriptionsTable org={org} subscriptions={subscriptions} />
      </Card>
      <Card title="Recent deliveries">
        <DeliveriesTable org={org} deliveries={deliveries} describe={describe} />
      </Card>
    </div>
  );
}
