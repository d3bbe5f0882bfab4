import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { TableHead } from "@/components/table-head";
import { deleteDigestAction, setDigestEnabledAction } from "@/lib/digest/actions";
import { WEEKDAYS } from "@/lib/digest/schema";
import { maskWebhookUrl } from "@/lib/digest/webhook-url";

export interface SubscriptionView {
  id: string;
  channel: "email" | "slack";
  target: string;
  weekday: number;
  hour: number;
  enabled: boolean;
  teamId: string | null;
  scope: { slug: string; name: string } | null;
}

export function scheduleLabel(s: { weekday: number; hour: number }): string {
  return `${WEEKDAYS[s.weekday - 1]} ${String(s.hour).padStart(2, "0")}:00 UTC`;
}

export function SubscriptionsTable({ org, subscriptions }: { org: string; subscriptions: SubscriptionView[] }) {
  if (!subscriptions.length) return <p className="text-sm text-zinc-500">No digest yet: add one above.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="digest-subscriptions">
      <TableHead columns={["Covers", "Channel", "Sent to", "When", "Status", ""]} />
      <tbody>
        {subscriptions.map((s) => (
          <tr key={s.id} className="border-t border-zinc-100 align-top dark:border-zinc-800">
            <td className="py-2 pr-3">
              {s.scope ? `${s.teamId ? "Team" : "Project"} ${s.scope.name}` : <span className="text-red-600 dark:text-red-400">deleted {s.teamId ? "team" : "project"}</span>}
            </td>
            <td className="py-2 pr-3">{s.channel === "email" ? "Email" : "Slack webhook"}</td>
            <td className="max-w-xs break-all py-2 pr-3 font-mono text-xs">{s.channel === "slack" ? maskWebhookUrl(s.target) : s.target}</td>
            <td className="py-2 pr-3">{scheduleLabel(s)}</td>
            <td className="py-2 pr-3">{s.enabled ? "on" : "paused"}</td>
            <td className="space-y-1 py-2 pr-3">
              <Link href={`/orgs/${org}/settings/digests/${s.id}/preview`} className="block text-blue-700 hover:underline dark:text-blue-400">
                Preview
              </Link>
              <ActionForm
                action={setDigestEnabledAction}
                hidden={{ org, subscriptionId: s.id, enabled: String(!s.enabled) }}
                inline
                label={`${s.enabled ? "Pause" : "Enable"} digest ${s.id}`}
                submitLabel={s.enabled ? "Pause" : "Enable"}
              />
              <ActionForm action={deleteDigestAction} hidden={{ org, subscriptionId: s.id }} inline danger label={`Remove digest ${s.id}`} submitLabel="Remove" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
