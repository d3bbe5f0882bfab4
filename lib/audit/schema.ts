export const AUDIT_ACTIONS = [
  "org.create",
  "org.update",
  "member.add",
  "member.role",
  "member.remove",
  "invitation.create",
  "invitation.revoke",
  "invitation.accept",
  "project.create",
  "token.create",
  "token.revoke",
  "team.create",
  "team.update",
  "digest.create",
  "digest.update",
  "digest.delete",
  "digest.retry",
  "forecast.set",
  "forecast.delete",
  "sprint.create",
  "sprint.update",
  "item.save",
  "item.add",
  "item.progress",
  "item.delete",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who made a change: a signed-in user, or the command line (id null). */
export interface Actor {
  id: string | null;
  email: string;
}

export const CLI_ACTOR: Actor = { id: null, email: "command line" };

/** A change made through the API with a project token (no user behind it). */
export function tokenActor(token: { projectSlug: string; tokenPrefix: string }): Actor {
  return { id: null, email: `project token ${token.projectSlug}/${token.tokenPrefix}` };
}
