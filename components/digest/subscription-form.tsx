import { ActionForm } from "@/components/forms/action-form";
import { createDigestAction } from "@/lib/digest/actions";
import { WEEKDAYS } from "@/lib/digest/schema";

interface Named {
  slug: string;
  name: string;
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, "0")}:00 UTC` }));

/** The new-digest form: what it covers, where it goes, and when. */
export function SubscriptionForm({ org, projects, teams, emailOn }: { org: string; projects: Named[]; teams: Named[]; emailOn: boolean }) {
  const scopes = [
    ...projects.map((p) => ({ value: `project:${p.slug}`, label: `Project: ${p.name}` })),
    ...teams.map((t) => ({ value: `team:${t.slug}`, label: `Team: ${t.name} (all its projects)` })),
  ];
  return (
    <ActionForm
      action={createDigestAction}
      hidden={{ org }}
      label="New digest"
      submitLabel="Add digest"
      fields={[
        { name: "scope", label: "Covers", type: "select", options: scopes },
        {
          name: "channel",
          label: "Channel",
          type: "select",
          defaultValue: emailOn ? "email" : "slack",
          options: [
            { value: "slack", label: "Slack-compatible webhook" },
            { value: "email", label: emailOn ? "Email" : "Email (off: SMTP is not configured)" },
          ],
        },
        {
          name: "target",
          label: "Recipients or webhook URL",
          required: true,
          placeholder: "ana@example.com, lee@example.com  or  https://hooks.slack.com/services/…",
          hint: "Email: comma-separated addresses. Slack: the incoming webhook's https URL.",
        },
        { name: "weekday", label: "Day", type: "select", defaultValue: "1", options: WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d })) },
        { name: "hour", label: "Hour (UTC)", type: "select", defaultValue: "8", options: HOURS },
      ]}
    />
  );
}
