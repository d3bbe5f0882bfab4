import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { findUserByEmail } from "./data";
import { githubProvider } from "./github";
import { upsertOAuthUser } from "./mutations";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { signInSchema } from "./schema";

const SESSION_HOURS = 12;
const github = githubProvider();

export const githubEnabled = github !== null;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  // __Secure- cookie names and the Secure flag whenever the public URL is https.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    // Failed attempts are counted per client address around this provider, in
    // app/api/auth/[...nextauth]/route.ts, which can answer 429 before any hashing.
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await findUserByEmail(parsed.data.email);
        if (!user?.passwordHash) {
          await verifyAgainstDummy(parsed.data.password);
          return null;
        }
        if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    ...(github ? [github] : []),
  ],
  callbacks: {
    async signIn({ account, user }) {
      // GitHub accounts without a verified email cannot be linked to a Paydown user.
      if (account?.provider === "github") return Boolean(user.email);
      return true;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "github") {
        const dbUser = await upsertOAuthUser({ email: user.email!.toLowerCase(), name: user.name });
        token.sub = dbUser.id;
        token.email = dbUser.email;
      } else if (user) {
        token.sub = user.id;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
