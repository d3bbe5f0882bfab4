import type { Metadata } from "next";
import { Card } from "@/components/card";
import { loadAuditLog } from "@/lib/audit/loaders";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const events = await loadAuditLog(org);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <Card title={`Latest ${events.length} changes`}>
        <table className="w-full text-left text-sm" data-testid="audit-log">
          <TableHead columns={["When (UTC)", "Who", "What", "Target", "Details"]} />
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <td className="py-2 pr-3 whitespace-nowrap">{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                <td className="py-2 pr-3">{e.actorEmail}</td>
                <td className="py-2 pr-3 font-mono text-xs">{e.action}</td>
                <td className="py-2 pr-3">{e.target}</td>
                <td className="py-2 pr-3 font-mono text-xs break-all">{e.details ? JSON.stringify(e.details) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
