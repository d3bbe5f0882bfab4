import { parseArgs } from "node:util";
import { z } from "zod";
import { findOrgBySlug } from "@/lib/auth/data";
import { createProjectWithToken, createTokenForProject, upsertUserInOrg } from "@/lib/auth/mutations";
import { createProjectSchema, createUserSchema, slugSchema } from "@/lib/auth/schema";
import { disconnectDatabase } from "@/lib/db/lifecycle";

class UsageError extends Error {}

function parse<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const r = schema.safeParse(values);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new UsageError(`--${i.path.join(".")}: ${i.message}`);
  }
  return r.data;
}

async function orgIdOf(slug: string): Promise<string> {
  const org = await findOrgBySlug(slug);
  if (!org) throw new UsageError(`no organization "${slug}" (create it with admin create-user --org ${slug})`);
  return org.id;
}

async function dispatch(sub: string | undefined, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      org: { type: "string" },
      role: { type: "string" },
      slug: { type: "string" },
      project: { type: "string" },
      "repo-url": { type: "string" },
      "default-branch": { type: "string" },
    },
  });
  switch (sub) {
    case "create-user": {
      const input = parse(createUserSchema, values);
      await upsertUserInOrg({ ...input, orgSlug: input.org });
      console.log(`User ${input.email} is ${input.role} of organization "${input.org}". Sign in at /sign-in.`);
      return 0;
    }
    case "create-project": {
      const input = parse(createProjectSchema, {
        ...values,
        repoUrl: values["repo-url"],
        defaultBranch: values["default-branch"],
      });
      const { project, token } = await createProjectWithToken({ ...input, orgId: await orgIdOf(input.org) });
      console.log(`Project "${project.slug}" created in "${input.org}".`);
      console.log(`Ingest token (shown once, store it as a CI secret):\n\n  ${token}\n`);
      return 0;
    }
    case "create-token": {
      const input = parse(z.object({ org: slugSchema, project: slugSchema, name: z.string().max(100).default("cli") }), values);
      const token = await createTokenForProject(await orgIdOf(input.org), input.project, input.name);
      if (!token) throw new UsageError(`no project "${input.project}" in "${input.org}"`);
      console.log(`Ingest token for ${input.org}/${input.project} (shown once):\n\n  ${token}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown admin command "${sub ?? ""}" (create-user, create-project, create-token)`);
  }
}

export async function runAdmin(argv: string[]): Promise<number> {
  const [sub, ...args] = argv;
  try {
    return await dispatch(sub, args);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && "code" in err)) {
      console.error(`paydown admin: ${err.message}`);
      return 2;
    }
    if ((err as { code?: string }).code === "P2002") {
      console.error("paydown admin: that project slug is already taken in this organization");
      return 1;
    }
    throw err;
  } finally {
    await disconnectDatabase();
  }
}
