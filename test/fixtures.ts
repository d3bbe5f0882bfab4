import { upsertUserInOrg, createProjectWithToken } from "@/lib/auth/mutations";

/** An organization with an admin and one project, as a new self-hoster would set up. */
export async function orgWithProject(slug = "acme", project = "shop") {
  const { orgId, userId } = await upsertUserInOrg({
    email: `admin@${slug}.test`,
    password: "correct horse battery",
    orgSlug: slug,
    role: "admin",
  });
  const { project: p, token } = await createProjectWithToken({ orgId, slug: project });
  return { orgId, userId, projectId: p.id, token };
}
