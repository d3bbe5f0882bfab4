import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { scheduleLabel } from "@/components/digest/subscriptions-table";
import { WeekPicker } from "@/components/digest/week-picker";
import { loadDigestPreview } from "@/lib/digest/loaders";
import { previewQuerySchema } from "@/lib/digest/schema";

export const metadata: Metadata = { title: "Digest preview" };

export default async function DigestPreviewPage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ org, id }, query] = await Promise.all([params, searchParams]);
  const { week: asked } = previewQuerySchema.parse({ week: typeof query.week === "string" ? query.week : undefined });
  const { sub, week, rendered } = await loadDigestPreview(org, id, asked);
  const base = `/orgs/${org}/settings/digests/${id}/preview`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Digest preview</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        What this {sub.channel === "email" ? "email" : "Slack webhook"} digest ({scheduleLabel(sub)}) sends for the chosen week, in both formats, exactly as
        rendered for sending.{" "}
        <Link href={`/orgs/${org}/settings/digests`} className="text-blue-700 underline dark:text-blue-400">
          Back to digests
        </Link>
      </p>
      <WeekPicker base={base} week={week} />
      {rendered ? (
        <>
          <Card title={`Email: ${rendered.subject}`}>
            {/* The email's own HTML, isolated: no scripts, no access to this page. */}
            <iframe title="Email preview" sandbox="" srcDoc={rendered.html} className="h-[32rem] w-full rounded border border-zinc-200 bg-white dark:border-zinc-700" data-testid="email-preview" />
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">Plain-text part</summary>
              <pre className="mt-2 overflow-x-auto whitespace-pre-wrap text-xs" data-testid="email-text">{rendered.text}</pre>
            </details>
          </Card>
          <Card title="Slack message (mrkdwn)">
            <pre className="overflow-x-auto whitespace-pre-wrap text-xs" data-testid="slack-text">{rendered.slack.text}</pre>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">JSON posted to the webhook</summary>
              <pre className="mt-2 overflow-x-auto text-xs" data-testid="slack-json">{JSON.stringify(rendered.slack, null, 2)}</pre>
            </details>
          </Card>
        </>
      ) : (
        <p className="text-sm text-red-600 dark:text-red-400">This digest&apos;s project or team no longer exists; remove the digest.</p>
      )}
    </div>
  );
}
