/** A same-site path to go to after signing in, so these pages cannot be used as open redirects. */
export function safeNext(value: string | undefined, fallback = "/"): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
