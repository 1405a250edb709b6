import { z } from "zod";
import { ROLES } from "./permissions";

export const ChangeRoleSchema = z.object({
  userId: z.string({ required_error: "errors.required" }).min(1),
  role: z.enum(ROLES, { errorMap: () => ({ message: "errors.invalidChoice" }) }),
});
