import { describe, expect, it } from "vitest";
import {
  isCooperativeRegistrationNo,
  isEnterpriseCode,
  isPersonalId,
  isVietnamesePhone,
  maskPersonalId,
  normaliseEnterpriseCode,
  normaliseVietnamesePhone,
} from "./identifiers";

describe("isEnterpriseCode", () => {
  it.each(["0123456789", "0401234567", "0123456789-001", "0123456789-999", "0123456789-010"])("accepts %s", (s) => {
    expect(isEnterpriseCode(s)).toBe(true);
  });
  it.each(["", "012345678", "01234567890", "0123456789-000", "0123456789-01", "0123456789001", "012345678a", " 0123456789", "0123456789-0011"])(
    "rejects %j",
    (s) => {
      expect(isEnterpriseCode(s)).toBe(false);
    },
  );
});

describe("normaliseEnterpriseCode", () => {
  it("strips spaces and dashes the 13-digit branch form", () => {
    expect(normaliseEnterpriseCode(" 0123 456 789 ")).toBe("0123456789");
    expect(normaliseEnterpriseCode("0123456789001")).toBe("0123456789-001");
    expect(normaliseEnterpriseCode("0123456789 - 002")).toBe("0123456789-002");
  });
  it("returns null for what cannot be a code", () => {
    expect(normaliseEnterpriseCode("0123456789000")).toBeNull();
    expect(normaliseEnterpriseCode("123")).toBeNull();
    expect(normaliseEnterpriseCode("MST 0123456789")).toBeNull();
  });
});

describe("isPersonalId", () => {
  it.each(["001099012345", "079203009012", "096185123456", "048300000001"])("accepts %s", (s) => {
    expect(isPersonalId(s)).toBe(true);
  });
  it.each(["000099012345", "097203009012", "999203009012", "07920300901", "0792030090123", "07920300901a", "079 203 009 012"])(
    "rejects %j",
    (s) => {
      expect(isPersonalId(s)).toBe(false);
    },
  );
});

describe("maskPersonalId", () => {
  it("keeps only the last four digits", () => {
    expect(maskPersonalId("079203009012")).toBe("••••••••9012");
    expect(maskPersonalId("079 203 009 012")).toBe("••••••••9012");
  });
  it("masks short input completely", () => {
    expect(maskPersonalId("1234")).toBe("••••");
    expect(maskPersonalId("")).toBe("");
  });
});

describe("Vietnamese phones", () => {
  it.each([
    ["+84 912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0084 912 345 678", "0912345678"],
    ["+84 (0) 912-345-678", "0912345678"],
    ["0312345678", "0312345678"],
    ["0523456789", "0523456789"],
    ["0701234567", "0701234567"],
    ["0862 345 678", "0862345678"],
    ["0235 3 123 456", "02353123456"],
    ["+84 235 3 123 456", "02353123456"],
    ["024 3825 1234", "02438251234"],
  ])("normalises %j to %s", (input, expected) => {
    expect(normaliseVietnamesePhone(input)).toBe(expected);
    expect(isVietnamesePhone(input)).toBe(true);
  });
  it.each(["", "0112345678", "0412345678", "0612345678", "091234567", "09123456789", "0235312345", "912345678", "+1 912 345 678", "09l2345678"])(
    "rejects %j",
    (input) => {
      expect(normaliseVietnamesePhone(input)).toBeNull();
      expect(isVietnamesePhone(input)).toBe(false);
    },
  );
});

describe("isCooperativeRegistrationNo", () => {
  it.each(["1234", "4107000123", "HTX-0123", "27/GCN-HTX", "0401A12345"])("accepts %s", (s) => {
    expect(isCooperativeRegistrationNo(s)).toBe(true);
  });
  it.each(["", "123", "HTX-ABCD", "12 34", "1234567890123456789012", "12_34", "Số 123"])("rejects %j", (s) => {
    expect(isCooperativeRegistrationNo(s)).toBe(false);
  });
});
