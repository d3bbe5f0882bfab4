"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/auth/action-state";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused
 * submission keeps what was typed next to its errors; the form is cleared only on success.
 * `run` is called inside a transition, so it may make optimistic updates.
 */
export function useSubmit(run: (form: FormData) => Promise<ActionState>) {
  const [state, setState] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await run(data);
      setState(result);
      if (result?.ok) form.reset();
    });
  };
  return { state, pending, onSubmit };
}
