// Account form schemas, shared by the forms (client validation) and actions (server).
// Messages are locale keys, translated where they are shown.
import { z } from "zod";
import { isVietnamesePhone } from "~/utils/identifiers";

export { HONEYPOT_FIELD } from "./honeypot";
import { HONEYPOT_FIELD } from "./honeypot";
export const LEGAL_FORMS = ["ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD"] as const;

const email = z
  .string({ required_error: "errors.required" })
  .trim()
  .max(254, "errors.tooLong")
  .email("errors.email")
  .transform((value) => value.toLowerCase());

const newPassword = z
  .string({ required_error: "errors.required" })
  .min(10, "errors.passwordShort")
  .max(128, "errors.passwordLong");

export const LoginSchema = z.object({
  email,
  password: z.string({ required_error: "errors.required" }).max(128, "errors.passwordLong"),
  redirectTo: z.string().optional(),
});

export const SignupSchema = z
  .object({
    name: z.string({ required_error: "errors.required" }).trim().min(2, "errors.required").max(120, "errors.tooLong"),
    businessName: z.string({ required_error: "errors.required" }).trim().min(2, "errors.required").max(200, "errors.tooLong"),
    legalForm: z.enum(LEGAL_FORMS, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
    email,
    phone: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || isVietnamesePhone(value), "errors.phone"),
    password: newPassword,
    confirmPassword: z.string({ required_error: "errors.required" }),
    agree: z.literal("on", { errorMap: () => ({ message: "errors.mustAgree" }) }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    message: "errors.passwordMismatch",
    path: ["confirmPassword"],
  });

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({
    token: z.string().min(10),
    password: newPassword,
    confirmPassword: z.string({ required_error: "errors.required" }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    message: "errors.passwordMismatch",
    path: ["confirmPassword"],
  });
