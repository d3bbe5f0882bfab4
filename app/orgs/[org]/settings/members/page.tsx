import type { Metadata } from "next";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { ROLES } from "@/lib/auth/schema";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/orgs/actions";
import { createInvitationAction, revokeInvitationAction } from "@/lib/orgs/invite-actions";
import { loadMembersPage } from "@/lib/orgs/loaders";
import { INVITE_DAYS } from "@/lib/orgs/schema";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Members" };

const roleOptions = ROLES.map((r) => ({ value: r, label: r }));
const day = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { members, invitations, org: me } = await loadMembersPage(org);
  const now = new Date();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Members</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Viewers read; members also plan sprints; admins manage projects, members, tokens and settings.
      </p>
      <Card title={`Members (${members.length})`}>
        <table className="w-full text-left text-sm" data-testid="member-list">
          <TableHead columns={["Member", "Role", <span key="remove" className="sr-only">Remove</span>]} />
          <tbody>
            {members.map((m) => (
              <tr key={m.user.id} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <td className="py-2 pr-3">
                  {m.user.email}
                  {m.user.name ? <span className="block text-xs text-zinc-500">{m.user.name}</span> : null}
                  {m.user.id === me.user.id ? <span className="text-xs text-zinc-500"> (you)</span> : null}
                </td>
                <td className="py-2 pr-3">
                  <ActionForm
                    action={changeMemberRoleAction}
                    hidden={{ org, userId: m.user.id }}
                    inline
                    label={`Role of ${m.user.email}`}
                    submitLabel="Change role"
                    fields={[{ name: "role", label: "Role", type: "select", options: roleOptions, defaultValue: m.role }]}
                  />
                </td>
                <td className="py-2 pr-3">
                  <ActionForm action={removeMemberAction} hidden={{ org, userId: m.user.id }} inline danger label={`Remove ${m.user.email}`} submitLabel="Remove" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Invite by link">
        <ActionForm
          action={createInvitationAction}
          hidden={{ org }}
          inline
          label="Invite by link"
          submitLabel="Create invitation link"
          fields={[
            { name: "role", label: "Role", type: "select", options: roleOptions, defaultValue: "viewer" },
            { name: "days", label: "Valid for", type: "select", options: INVITE_DAYS.map((d) => ({ value: String(d), label: `${d} day${d > 1 ? "s" : ""}` })), defaultValue: "7" },
          ]}
        />
        <p className="mt-2 text-xs text-zinc-500">Anyone with the link can join once, until it expires. It is shown once; send it privately.</p>
      </Card>
      {invitations.length ? (
        <Card title="Pending invitations">
          <ul className="space-y-2 text-sm" data-testid="invitation-list">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {i.role}, created {day(i.createdAt)} UTC, {i.expiresAt <= now ? <strong>expired</strong> : `expires ${day(i.expiresAt)} UTC`}
                </span>
                <ActionForm action={revokeInvitationAction} hidden={{ org, inviteId: i.id }} inline danger label="Revoke invitation" submitLabel="Revoke" />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
