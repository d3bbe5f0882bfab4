import type { FieldSpec } from "@/components/forms/action-form";

/** The fields of the new-sprint and sprint-settings forms, with their starting values. */
export function sprintFields(v: { name?: string; startDate: string; endDate: string; capacity?: number | null; unit?: string; budgetTarget: number }): FieldSpec[] {
  return [
    { name: "name", label: "Name", required: true, defaultValue: v.name, placeholder: "Sprint 14" },
    { name: "startDate", label: "Start date", type: "date", defaultValue: v.startDate, required: true },
    { name: "endDate", label: "End date (inclusive)", type: "date", defaultValue: v.endDate, required: true },
    { name: "capacity", label: "Capacity", defaultValue: v.capacity?.toString() ?? "", placeholder: "40" },
    { name: "unit", label: "Unit", type: "select", defaultValue: v.unit ?? "points", options: [{ value: "points", label: "points" }, { value: "hours", label: "hours" }] },
    { name: "budgetTarget", label: "Debt budget target (%)", defaultValue: String(Math.round(v.budgetTarget * 1000) / 10) },
  ];
}
