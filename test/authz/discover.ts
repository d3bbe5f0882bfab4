import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules" && e.name !== "generated" && e.name !== "scan") walk(rel, out);
    } else out.push(rel);
  }
  return out;
}

/** Every route handler as "app/…/route.ts METHOD". */
export async function discoverRoutes(): Promise<string[]> {
  const keys: string[] = [];
  for (const file of walk("app").filter((f) => /\/route\.tsx?$/.test(f))) {
    const mod = await import(/* @vite-ignore */ path.join(ROOT, file));
    for (const m of HTTP_METHODS) if (typeof mod[m] === "function") keys.push(`${file} ${m}`);
  }
  return keys.sort();
}

/** Every exported function of every "use server" file in app/ and lib/, as "file#name". */
export async function discoverActions(): Promise<string[]> {
  const keys: string[] = [];
  const files = [...walk("app"), ...walk("lib")].filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts"));
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) continue;
    const mod = await import(/* @vite-ignore */ path.join(ROOT, file));
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") keys.push(`${file}#${name}`);
  }
  return keys.sort();
}

/** Every page, as its file under app/. */
export function discoverPages(): string[] {
  return walk("app").filter((f) => /\/page\.tsx?$/.test(f)).sort();
}
