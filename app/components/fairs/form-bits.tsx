// Small form pieces for the fairs pages, which carry many short forms switched on `intent`.
// The action answers { intent, result } (a Conform SubmissionResult); each form shows the
// errors of its own intent next to its fields and keeps what was typed.
import { useActionData } from "@remix-run/react";
import type { SubmissionResult } from "@conform-to/react";
import { Field, FormErrors } from "~/components/ui/field";

export interface IntentReply {
  intent: string;
  /** which row the form was about (a booth or registration id), when there are many */
  target?: string;
  result: SubmissionResult<string[]>;
}

export function useIntentReply(intent: string, target?: string) {
  const reply = useActionData<IntentReply>() as IntentReply | undefined;
  if (!reply || reply.intent !== intent || (target !== undefined && reply.target !== target)) return null;
  const errors = (reply.result.error ?? {}) as Record<string, string[] | null>;
  const values = (reply.result.initialValue ?? {}) as Record<string, unknown>;
  return {
    formErrors: errors[""] ?? null,
    errors: (name: string) => errors[name] ?? null,
    value: (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
  };
}
export type Reply = ReturnType<typeof useIntentReply>;

export function ReplyErrors({ reply }: { reply: Reply }) {
  return <FormErrors errors={reply?.formErrors} />;
}

export function TextInput({
  id,
  name,
  label,
  hint,
  reply,
  defaultValue,
  type = "text",
  required,
  inputMode,
  className = "input w-full",
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  reply: Reply;
  defaultValue?: string | number | null;
  type?: string;
  required?: boolean;
  inputMode?: "numeric" | "decimal" | "text";
  className?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={reply?.errors(name)}>
      {(aria) => (
        <input
          {...aria}
          name={name}
          type={type}
          required={required}
          inputMode={inputMode}
          defaultValue={reply?.value(name) ?? (defaultValue === null || defaultValue === undefined ? "" : String(defaultValue))}
          className={className}
        />
      )}
    </Field>
  );
}

export function Checkbox({ id, name, label, defaultChecked, hint }: { id: string; name: string; label: string; defaultChecked?: boolean; hint?: string }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} className="mt-1 h-5 w-5" aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-stone-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
