import type { ReactNode } from "react";

export function Card({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function CardSkeleton({ title }: { title: string }) {
  return (
    <Card title={title}>
      <div className="h-56 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800" aria-busy="true" aria-label={`Loading ${title}`} />
    </Card>
  );
}
