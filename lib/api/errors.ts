import type { z } from "zod";

/** The one error shape of every endpoint: `{ error: { code, message, issues? } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; issues?: Array<{ path: string; message: string }> };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export function zodIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 100).map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
}

export function validationError(error: z.ZodError, what = "request"): ApiError {
  const issues = zodIssues(error);
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return new ApiError(400, "invalid_" + what, `Invalid ${what}: ${first.path}: ${first.message}${more}`, issues);
}

export const notFound = (what = "resource") => new ApiError(404, "not_found", `No such ${what}.`);
export const unauthorized = (message = "Missing or invalid credentials.") => new ApiError(401, "unauthorized", message);
export const forbidden = (message = "You are not allowed to do this.") => new ApiError(403, "forbidden", message);
