import { ActionForm } from "@/components/forms/action-form";
import { TableHead } from "@/components/table-head";
import { retryDeliveryAction } from "@/lib/digest/actions";

export interface DeliveryView {
  id: string;
  subscriptionId: string;
  week: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
}

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

const STATUS_STYLE = {
  sent: "text-green-700 dark:text-green-400",
  pending: "text-amber-700 dark:text-amber-400",
  failed: "font-semibold text-red-700 dark:text-red-400",
} as const;

/** Recent sends, failures first in the reader's eye: each with its error and, unless sent, "retry now". */
export function DeliveriesTable({ org, deliveries, describe }: { org: string; deliveries: DeliveryView[]; describe: (subscriptionId: string) => string }) {
  if (!deliveries.length) return <p className="text-sm text-zinc-500">Nothing sent yet.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="digest-deliveries">
      <TableHead columns={["Week", "Digest", "Status", "Attempts", "Details", ""]} />
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} className="border-t border-zinc-100 align-top dark:border-zinc-800">
            <td className="py-2 pr-3 font-mono text-xs">{d.week}</td>
            <td className="py-2 pr-3">{describe(d.subscriptionId)}</td>
            <td className={`py-2 pr-3 ${STATUS_STYLE[d.status]}`}>{d.status === "pending" && d.lastError ? "retrying" : d.status}</td>
            <td className="py-2 pr-3">{d.attempts}</td>
            <td className="max-w-md py-2 pr-3 text-xs">
              {d.sentAt ? `sent ${when(d.sentAt)}` : null}
              {d.lastError ? <span className="block break-words text-red-700 dark:text-red-400">{d.lastError}</span> : null}
              {d.status === "pending" ? <span className="block text-zinc-500">next attempt {when(d.nextAttemptAt)}</span> : null}
            </td>
            <td className="py-2 pr-3">
              {d.status === "failed" || (d.status === "pending" && d.lastError) ? <ActionForm action={retryDeliveryAction} hidden={{ org, deliveryId: d.id }} inline label={`Retry delivery ${d.id}`} submitLabel="Retry now" /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
