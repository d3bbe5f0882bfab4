import { readdirSync } from "node:fs";
import path from "node:path";
import type { ActionEntry, MatrixEntries, PageEntry, RouteCase } from "./types";

const DIR = path.join(import.meta.dirname, "entries");

/** Every domain's matrix entries; a key listed by two domains is an error. */
export async function loadEntries() {
  const actions: Record<string, ActionEntry> = {};
  const routes: Record<string, RouteCase[]> = {};
  const pages: Record<string, PageEntry> = {};
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".ts")).sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(DIR, file))) as MatrixEntries;
    for (const [target, source] of [
      [actions, mod.actions],
      [routes, mod.routes],
      [pages, mod.pages],
    ] as const) {
      for (const [key, value] of Object.entries(source ?? {})) {
        if (key in target) throw new Error(`${key} is listed twice (again in ${file})`);
        (target as Record<string, unknown>)[key] = value;
      }
    }
  }
  return { actions, routes, pages };
}
