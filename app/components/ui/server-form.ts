// A light stand-in for Conform's useForm on public forms that are validated only on the server
// (ADR 0021): the same SubmissionResult from the action, the same field ids, names, errors and
// constraint attributes, without shipping Conform's client runtime (about 10 KB gzipped) to
// pages a phone on 3G opens first. The action still uses parseWithZod and submission.reply().
import type { SubmissionResult } from "@conform-to/react";
import { useMemo } from "react";

export interface FieldConstraint {
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: string | number;
  max?: string | number;
  pattern?: string;
  multiple?: boolean;
}

export interface ServerField {
  id: string;
  name: string;
  errorId: string;
  errors: string[] | undefined;
  initialValue: string | undefined;
  constraint: FieldConstraint | undefined;
}

export interface ServerFormMeta {
  id: string;
  errorId: string;
  errors: string[] | undefined;
}

interface Options {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  constraint?: Record<string, FieldConstraint>;
}

export function useServerForm<Schema extends Record<string, unknown>>({ id, lastResult, constraint }: Options) {
  return useMemo(() => {
    const errors = (lastResult?.error ?? {}) as Record<string, string[] | null | undefined>;
    const initial = (lastResult?.initialValue ?? {}) as Record<string, unknown>;
    const form: ServerFormMeta = { id, errorId: `${id}-form-error`, errors: errors[""] ?? undefined };
    const fields = new Proxy({} as Record<string, ServerField>, {
      get: (_, name) => {
        const key = String(name);
        const value = initial[key];
        return {
          id: `${id}-${key}`,
          name: key,
          errorId: `${id}-${key}-error`,
          errors: errors[key] ?? undefined,
          initialValue: typeof value === "string" ? value : undefined,
          constraint: constraint?.[key],
        } satisfies ServerField;
      },
    }) as { [K in keyof Schema]-?: ServerField };
    return [form, fields] as const;
  }, [id, lastResult, constraint]);
}

/** The form element's props: errors are checked by the server, so the browser does not block it. */
export function serverFormProps(form: ServerFormMeta) {
  return { id: form.id, noValidate: true, "aria-describedby": form.errors ? form.errorId : undefined };
}

function controlProps(field: ServerField) {
  return {
    id: field.id,
    name: field.name,
    required: field.constraint?.required || undefined,
    "aria-invalid": field.errors ? (true as const) : undefined,
    "aria-describedby": field.errors ? field.errorId : undefined,
  };
}

export function serverInputProps(field: ServerField, { type }: { type: string }) {
  const c = field.constraint;
  const lengths = { minLength: c?.minLength, maxLength: c?.maxLength, min: c?.min, max: c?.max, pattern: c?.pattern };
  if (type === "checkbox" || type === "radio") {
    return { ...controlProps(field), type, value: "on", defaultChecked: field.initialValue === "on" };
  }
  return { ...controlProps(field), ...lengths, type, defaultValue: field.initialValue };
}

export function serverTextareaProps(field: ServerField) {
  return { ...controlProps(field), minLength: field.constraint?.minLength, maxLength: field.constraint?.maxLength, defaultValue: field.initialValue };
}

export function serverSelectProps(field: ServerField) {
  return { ...controlProps(field), defaultValue: field.initialValue };
}
