'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { useMutation } from '@tanstack/react-query';
import { useApiMessage } from '@/components/api/use-api-message';
import { FORM_ERROR, problemToFormErrors, type FormErrors } from '@/lib/http/form-errors';

/**
 * One plant form's life in its dialog: open it with no errors, check the values with the API's own
 * schema here, send what it parsed, show the API's refusal on the same fields (problemToFormErrors),
 * close once saved. `err(field)` and `formError` are localized.
 */
export function usePlantForm<S extends z.ZodType, R>({
  schema,
  fields,
  send,
  onSaved,
}: {
  schema: S;
  fields: readonly string[];
  send: (body: z.output<S>) => Promise<R>;
  onSaved: (saved: R) => void;
}) {
  const message = useApiMessage();
  const [errors, setErrors] = useState<FormErrors>({});
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      setOpen(false);
      onSaved(saved);
    },
    onError: (error) => setErrors(problemToFormErrors(error, { fields })),
  });

  function submit(values: unknown) {
    const parsed = schema.safeParse(values);
    if (!parsed.success) return setErrors(problemToFormErrors(parsed.error, { fields }));
    setErrors({});
    mutation.mutate(parsed.data);
  }

  /** Opening starts without errors; a dialog stays open while its request runs. */
  function onOpenChange(next: boolean) {
    if (mutation.isPending) return;
    if (next) setErrors({});
    setOpen(next);
  }

  return {
    open,
    onOpenChange,
    submit,
    pending: mutation.isPending,
    invalid: (field: string) => Boolean(errors[field]),
    err: (field: string) => (errors[field] ? message(errors[field], 'plantUi.invalid') : undefined),
    formError: errors[FORM_ERROR] ? message(errors[FORM_ERROR]) : undefined,
  };
}
