import { describe, expect, it } from "vitest";
import { formatDistance, haversineKm, parseLatLng, sortByDistance } from "./geo";

const haNoi = { lat: 21.0285, lng: 105.8542 };
const tpHcm = { lat: 10.7769, lng: 106.7009 };
const daNang = { lat: 16.0544, lng: 108.2022 };
const hoiAn = { lat: 15.8801, lng: 108.338 };

describe("haversineKm", () => {
  it("matches known distances", () => {
    // The WGS-84 geodesic Hà Nội → TP.HCM is 1,138.0 km; a sphere runs ~0.5 % long on this
    // north–south line (1,143.5 km), so the check is "within 1 %", plus the exact value.
    const haNoiToHcm = haversineKm(haNoi, tpHcm);
    expect(Math.abs(haNoiToHcm - 1138.0) / 1138.0).toBeLessThan(0.01);
    expect(haNoiToHcm).toBeCloseTo(1143.5, 0);
    expect(Math.abs(haversineKm(daNang, hoiAn) - 24)).toBeLessThanOrEqual(1);
  });
  it("is symmetric and zero for the same point", () => {
    expect(haversineKm(haNoi, tpHcm)).toBeCloseTo(haversineKm(tpHcm, haNoi), 9);
    expect(haversineKm(hoiAn, hoiAn)).toBe(0);
  });
});

describe("sortByDistance", () => {
  it("orders nearest first and attaches distanceKm without mutating the input", () => {
    const items = [
      { name: "TP.HCM", ...tpHcm },
      { name: "Hội An", ...hoiAn },
      { name: "Hà Nội", ...haNoi },
    ];
    const sorted = sortByDistance(items, daNang);
    expect(sorted.map((item) => item.name)).toEqual(["Hội An", "Hà Nội", "TP.HCM"]);
    expect(sorted[0]?.distanceKm).toBeCloseTo(haversineKm(daNang, hoiAn), 9);
    expect(items[0]?.name).toBe("TP.HCM");
    expect("distanceKm" in items[0]!).toBe(false);
  });
  it("keeps input order for equal distances", () => {
    const sorted = sortByDistance([{ id: 1, ...hoiAn }, { id: 2, ...hoiAn }], daNang);
    expect(sorted.map((item) => item.id)).toEqual([1, 2]);
  });
});

describe("formatDistance", () => {
  it("shows metres under 1 km", () => {
    expect(formatDistance(0.85)).toBe("850 m");
    expect(formatDistance(0.0523, "en")).toBe("50 m");
    expect(formatDistance(0)).toBe("0 m");
  });
  it("shows kilometres with the locale's decimal mark", () => {
    expect(formatDistance(2.4, "vi")).toBe("2,4 km");
    expect(formatDistance(2.4, "en")).toBe("2.4 km");
    expect(formatDistance(0.9996)).toBe("1 km");
    expect(formatDistance(24.3)).toBe("24 km");
    expect(formatDistance(1137.4, "vi")).toBe("1.137 km");
    expect(formatDistance(1137.4, "en")).toBe("1,137 km");
  });
  it("rejects nonsense", () => {
    expect(() => formatDistance(-1)).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError);
  });
});

describe("parseLatLng", () => {
  it.each([
    ["15.74,108.36", { lat: 15.74, lng: 108.36 }],
    [" 15.74, 108.36 ", { lat: 15.74, lng: 108.36 }],
    ["16.0544 108.2022", { lat: 16.0544, lng: 108.2022 }],
    ["-33.8688,151.2093", { lat: -33.8688, lng: 151.2093 }],
    ["90,-180", { lat: 90, lng: -180 }],
  ])("reads %j", (input, expected) => {
    expect(parseLatLng(input)).toEqual(expected);
  });
  it.each(["", "15.74", "91,108", "15.74,181", "15,74,108,36", "abc,def", "15.74,108.36,5", "1e1,2"])("rejects %j", (input) => {
    expect(parseLatLng(input)).toBeNull();
  });
});
