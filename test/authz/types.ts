import type { Persona, World } from "./world";

// Shared shapes of the authorization and page matrices. Each domain lists its own entries in
// test/authz/entries/<domain>.ts (exports actions, routes, pages); the matrices merge them.

export const ADMIN_ONLY = { anonymous: "redirect:/sign-in", viewer: "403", member: "403", outsider: "404", admin: "ok" } as const;
export const ANY_SIGNED_IN = (ok: string) => ({ anonymous: "redirect:/sign-in", viewer: ok, member: ok, outsider: ok, admin: ok });
/** Members and admins may write; viewers get 403, other tenants 404. */
export const MEMBER_WRITE = { anonymous: "redirect:/sign-in", viewer: "403", member: "ok", outsider: "404", admin: "ok" } as const;
export const MEMBERS_READ = { anonymous: "redirect:/sign-in", viewer: "ok", member: "ok", admin: "ok", outsider: "404" } as const;
export const ADMIN_ONLY_PAGE = { anonymous: "redirect:/sign-in", viewer: "403", member: "403", admin: "ok", outsider: "404" } as const;
export const PUBLIC = { anonymous: "ok", viewer: "ok", member: "ok", admin: "ok", outsider: "ok" } as const;

export interface ActionEntry {
  input: (w: World, p: Persona) => Record<string, string>;
  expect: Record<Persona, string>;
  /** The outsider, as admin of its own org, aimed at an acme resource: must be 404. */
  crossTenant?: (w: World) => Record<string, string>;
  /** Audit action the successful call must have written, in the same org. */
  audit?: string;
}

export interface RouteCase {
  name: string;
  as?: Persona;
  run: (w: World) => Promise<Response>;
  status: number;
  check?: (w: World, res: Response) => Promise<void>;
}

export interface PageEntry {
  params?: (w: World) => Record<string, string>;
  searchParams?: (w: World) => Record<string, string>;
  expect: Record<Persona, string>;
}

export interface MatrixEntries {
  actions?: Record<string, ActionEntry>;
  routes?: Record<string, RouteCase[]>;
  pages?: Record<string, PageEntry>;
}
