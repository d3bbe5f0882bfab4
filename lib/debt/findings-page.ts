/** Findings per page on a module page. */
export const FINDINGS_PAGE_SIZE = 100;

export const FINDING_SORTS = ["minutes", "value", "file"] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export interface PageWindow {
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  skip: number;
  take: number;
  /** 1-based positions of the first and last row shown (0 and 0 when there are none). */
  from: number;
  to: number;
  total: number;
}

/** The rows of `requested` page (a URL value: anything else means page 1) among `total`. */
export function pageWindow(requested: string | undefined, total: number, size = FINDINGS_PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const n = requested && /^\d{1,9}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(1, n), pages);
  const skip = (page - 1) * size;
  const take = Math.max(0, Math.min(size, total - skip));
  return { page, pages, skip, take, from: take ? skip + 1 : 0, to: skip + take, total };
}
