import "server-only";
import { NextResponse } from "next/server";
import { ApiError } from "./errors";

export function json<T>(body: T, status = 200, headers?: Record<string, string>): NextResponse<T> {
  return NextResponse.json(body, { status, headers });
}

/** Wraps a route handler so every failure leaves in the one error shape. */
export function handle<Args extends unknown[]>(fn: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (err) {
      if (err instanceof ApiError) return NextResponse.json(err.toBody(), { status: err.status, headers: err.headers });
      console.error("[paydown] unhandled error in route handler", err);
      return NextResponse.json(
        { error: { code: "internal_error", message: "Something went wrong on the server; nothing was stored." } },
        { status: 500 },
      );
    }
  };
}
