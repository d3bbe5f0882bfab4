import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { limiters } from "@/lib/auth/limiters";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

/**
 * Password sign-in is limited per client address: after PAYDOWN_SIGNIN_MAX_FAILURES
 * failures inside PAYDOWN_SIGNIN_WINDOW_SECONDS, attempts get 429 with Retry-After
 * (before any password hashing). The body keeps next-auth's `url` so its client reads the
 * error code, next to the one error shape.
 */
async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(req, ctx);
  const limit = limiters().signIn;
  const key = clientAddress((n) => req.headers.get(n));
  const decision = await limit.check(key);
  if (!decision.allowed) {
    const url = new URL("/sign-in?error=TooManyAttempts", req.url).toString();
    return NextResponse.json(
      { error: { code: "rate_limited", message: `Too many failed sign-ins; try again in ${decision.retryAfterSeconds} s.` }, url },
      { status: 429, headers: { "Retry-After": String(decision.retryAfterSeconds) } },
    );
  }
  const res: Response = await handler(req, ctx);
  // next-auth answers 401 for wrong credentials and 200 (with the session cookie) on success.
  if (res.status === 401) await limit.fail(key);
  else if (res.ok) await limit.reset(key);
  return res;
}

export { handler as GET, POST };
