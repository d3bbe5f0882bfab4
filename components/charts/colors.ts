import type { Category } from "@/lib/ingest/schema";

/** Mid-tone hues chosen to read on both white and near-black backgrounds. */
export const CATEGORY_COLOR: Record<Category, string> = {
  test: "#2563eb",
  docs: "#8b5cf6",
  complexity: "#ea580c",
  duplication: "#0d9488",
};

export const METRIC_COLOR = "#db2777";
