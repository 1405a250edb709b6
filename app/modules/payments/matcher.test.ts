import { describe, expect, it } from "vitest";
import { matchStatement, type PaymentCandidate, type StatementLineInput } from "./matcher";
import { checkCharacter } from "./transfer-note";

const note = (body: string) => `HV${body}${checkCharacter(body)}`;
const A = note("AAAAAA");
const B = note("BBBBBB");
const C = note("CCCCCC");
const PAID = note("PPPPPP");
const UNKNOWN = note("ZZZZZZ");

const payments: PaymentCandidate[] = [
  { id: "pay-a", reference: A, amountVnd: 1_500_000, status: "PENDING" },
  { id: "pay-b", reference: B, amountVnd: 300_000, status: "PENDING" },
  { id: "pay-c", reference: C, amountVnd: 300_000, status: "PENDING" },
  { id: "pay-paid", reference: PAID, amountVnd: 300_000, status: "PAID" },
  { id: "pay-legacy", reference: "HVF26A02", amountVnd: 1_500_000, status: "PENDING" },
];

const line = (id: string, amountVnd: number, description: string, extra: Partial<StatementLineInput> = {}): StatementLineInput => ({
  id,
  bankReference: `FT${id}`,
  amountVnd,
  description,
  ...extra,
});

describe("matchStatement", () => {
  const statement: StatementLineInput[] = [
    line("1", 1_500_000, `MBVCB.118273.${A}.CT tu 0123 TRAN VAN HUNG`),
    line("2", 250_000, `${B} phi phien cho`), // wrong amount
    line("3", 300_000, `chuyen tien ${UNKNOWN}`), // unknown note
    line("4", 300_000, "ung ho quy vi nguoi ngheo"), // no note at all
    line("5", 300_000, `${C.toLowerCase()} lan 1`),
    line("6", 300_000, `${C} lan 2`), // the same payment paid twice in one statement
    line("5", 300_000, `${C.toLowerCase()} lan 1`, { bankReference: "FT5" }), // the bank exported a line twice
    line("7", 300_000, `IBFT ${PAID}`), // already paid by an earlier transfer
    line("8", -500_000, "phi quan ly tai khoan"), // a debit: not ours
    line("9", 1_500_000, "HVF26A02 Binh Minh"), // legacy seeded note without a check character
    line("10", 1_500_000, `${A} again`, { paymentId: "pay-a" }), // linked by an earlier import
  ];
  const result = matchStatement(statement, payments);

  it("proposes the lines whose note and amount match an open payment, once per payment", () => {
    expect(result.proposals).toEqual([
      { lineId: "1", paymentId: "pay-a", note: A },
      { lineId: "5", paymentId: "pay-c", note: C },
      { lineId: "9", paymentId: "pay-legacy", note: "HVF26A02" },
    ]);
  });

  it("lists wrong amounts, unknown notes, missing notes, double payments and duplicate lines", () => {
    const reasons = Object.fromEntries(result.problems.map((p) => [`${p.lineId}:${p.reason}`, p]));
    expect(Object.keys(reasons).sort()).toEqual(["2:wrong_amount", "3:unknown_note", "4:no_note", "5:duplicate_line", "6:paid_twice", "7:paid_twice"].sort());
    expect(reasons["2:wrong_amount"]).toMatchObject({ paymentId: "pay-b", expectedVnd: 300_000 });
    expect(reasons["3:unknown_note"]).toMatchObject({ note: UNKNOWN });
  });

  it("leaves debits and lines already settled alone", () => {
    expect([...result.settled].sort()).toEqual(["10", "8"]);
  });

  it("is a pure function: the same input gives the same answer", () => {
    expect(matchStatement(statement, payments)).toEqual(result);
  });
});
