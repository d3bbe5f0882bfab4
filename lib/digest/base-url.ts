/** The dashboard's own URL for the links in a digest: NEXTAUTH_URL, as sign-in uses; the scheduler has no request to ask. */
export function digestBaseUrl(env: Record<string, string | undefined>): string {
  return (env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
}
