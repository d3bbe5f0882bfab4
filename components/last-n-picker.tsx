import Link from "next/link";

/** "last 4 · last 8 …" links that keep the rest of the URL, so N lives in the URL and can be shared. */
export function LastNPicker({ sizes, current, hrefFor, prefix }: { sizes: readonly string[]; current: number; hrefFor: (n: string) => string; prefix?: string }) {
  return (
    <span className="flex gap-2 text-xs">
      {prefix}
      {sizes.map((n) => (
        <Link key={n} href={hrefFor(n)} aria-current={Number(n) === current ? "page" : undefined} className={Number(n) === current ? "font-semibold" : "text-blue-700 hover:underline dark:text-blue-400"}>
          last {n}
        </Link>
      ))}
    </span>
  );
}
