// Ids for rows written with raw multi-row SQL (where Prisma's client-side cuid() default does
// not run): 25 characters of [a-z0-9] starting with "c", shaped like the cuids beside them,
// from 124 random bits, so collisions are not a concern.
import { randomBytes } from "node:crypto";

export function newRowId(): string {
  const bytes = randomBytes(24);
  let id = "c";
  for (let i = 0; i < 24; i++) id += (bytes[i]! % 36).toString(36);
  return id;
}
