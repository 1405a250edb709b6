import { parseWithZod as conformParseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RegisterSchema } from "~/modules/fairs/fair.schema";
import { coercedOnce, parseWithZod } from "./parse-form";

const Schema = z.object({
  name: z.string({ required_error: "bắt buộc" }).min(2, "ngắn quá"),
  priceVnd: z.number({ invalid_type_error: "phải là số" }).int().min(0),
  stars: z.number().int().min(1).max(5).optional(),
  startsOn: z.date().optional(),
  agree: z.boolean().default(false),
  tags: z.array(z.string()).max(3, "nhiều quá").default([]),
  kind: z.enum(["OCOP", "HVNCLC"]).optional(),
  note: z.string().max(10).optional().transform((v) => v ?? null),
});

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const payloads: Array<Array<[string, string]>> = [
  [["name", "Nước mắm"], ["priceVnd", "125000"], ["stars", "4"], ["startsOn", "2026-12-01"], ["agree", "on"], ["tags", "a"], ["tags", "b"], ["kind", "OCOP"]],
  [["name", ""], ["priceVnd", ""], ["stars", ""], ["note", ""]],
  [["name", "x"], ["priceVnd", "mười nghìn"], ["stars", "9"], ["tags", "a"], ["tags", "b"], ["tags", "c"], ["tags", "d"], ["kind", "KHAC"]],
  [["priceVnd", "-5"], ["note", "quá mười ký tự rồi"], ["startsOn", "không phải ngày"]],
  [],
];

describe("parseWithZod with the coercion built once", () => {
  it("gives Conform's own answer: values, errors and reply, for valid, empty and wrong input", () => {
    for (const entries of payloads) {
      const ours = parseWithZod(form(entries), { schema: Schema });
      const theirs = conformParseWithZod(form(entries), { schema: Schema });
      expect(ours.status).toBe(theirs.status);
      expect(ours.status === "success" ? ours.value : ours.error).toEqual(theirs.status === "success" ? theirs.value : theirs.error);
      expect(ours.reply()).toEqual(theirs.reply());
    }
    // and the comparison compared something: the first payload is accepted with coerced values
    const first = parseWithZod(form(payloads[0]!), { schema: Schema });
    expect(first.status === "success" && first.value).toMatchObject({ priceVnd: 125000, stars: 4, agree: true, tags: ["a", "b"], note: null });
    const wrong = parseWithZod(form(payloads[2]!), { schema: Schema });
    expect(wrong.status === "error" && wrong.error).toMatchObject({ priceVnd: ["phải là số"], tags: ["nhiều quá"] });
  });

  it("builds each schema's coercion once and reuses it across submissions", () => {
    expect(coercedOnce(RegisterSchema)).toBe(coercedOnce(RegisterSchema));
    expect(coercedOnce(Schema)).not.toBe(coercedOnce(RegisterSchema));
    const a = parseWithZod(form([["boothTypeId", "bt1"], ["productIds", "p1"], ["waiverRequested", "on"]]), { schema: RegisterSchema });
    const b = parseWithZod(form([["boothTypeId", ""]]), { schema: RegisterSchema });
    expect(a.status === "success" && a.value).toMatchObject({ boothTypeId: "bt1", productIds: ["p1"], waiverRequested: true });
    expect(b.status).toBe("error");
  });

  it("leaves a schema chosen per intent to Conform, which coerces it as it comes", () => {
    const submission = parseWithZod(form([["priceVnd", "7"], ["name", "Mắm"]]), { schema: () => Schema });
    expect(submission.status === "success" && submission.value.priceVnd).toBe(7);
  });
});
