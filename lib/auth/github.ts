import GithubProvider from "next-auth/providers/github";

export interface GithubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/** The address a GitHub account is linked by: its primary email if verified, else another verified one. */
export function pickVerifiedEmail(emails: GithubEmail[]): string | null {
  const verified = emails.filter((e) => e.verified && typeof e.email === "string");
  const chosen = verified.find((e) => e.primary) ?? verified[0];
  return chosen ? chosen.email.toLowerCase() : null;
}

/**
 * GitHub sign-in when GITHUB_ID and GITHUB_SECRET are set. Users are linked by verified
 * email only (an unverified address could claim someone else's account), so the profile
 * email is always replaced by one GitHub says is verified, or none.
 */
export function githubProvider() {
  const clientId = process.env.GITHUB_ID;
  const clientSecret = process.env.GITHUB_SECRET;
  if (!clientId || !clientSecret) return null;
  return GithubProvider({
    clientId,
    clientSecret,
    userinfo: {
      url: "https://api.github.com/user",
      async request({ client, tokens }) {
        const profile = await client.userinfo(tokens.access_token!);
        const res = await fetch("https://api.github.com/user/emails", {
          headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/vnd.github+json" },
        });
        profile.email = (res.ok ? pickVerifiedEmail((await res.json()) as GithubEmail[]) : null) ?? undefined;
        return profile;
      },
    },
  });
}
