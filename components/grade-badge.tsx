import type { Grade } from "@/lib/debt/schema";

const STYLE: Record<Grade, string> = {
  A: "bg-green-600 text-white",
  B: "bg-lime-600 text-white",
  C: "bg-yellow-500 text-zinc-900",
  D: "bg-orange-600 text-white",
  E: "bg-red-700 text-white",
};

export function GradeBadge({ grade, size = "sm" }: { grade: Grade; size?: "sm" | "lg" }) {
  const dims = size === "lg" ? "h-12 w-12 text-2xl" : "h-6 w-6 text-xs";
  return (
    <span aria-label={`Grade ${grade}`} className={`inline-flex items-center justify-center rounded font-bold ${dims} ${STYLE[grade]}`}>
      {grade}
    </span>
  );
}
