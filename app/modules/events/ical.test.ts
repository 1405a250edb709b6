// The iCalendar output parses with an independent parser (ical.js) and keeps RFC 5545 form.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldLine, renderCalendar } from "./ical";

const events = [
  {
    uid: "fair-1@hangviet.vn",
    start: new Date("2026-12-18T01:00:00Z"),
    end: new Date("2026-12-22T14:00:00Z"),
    summary: "Hội chợ Hàng Việt Thăng Bình 2026; gian OCOP, nông sản",
    description: "Hội chợ giới thiệu sản phẩm OCOP, nông sản và hàng thủ công của các xã Thăng An, Thăng Bình, Thăng Phú, Thăng Trường.\nCó gian miễn phí cho hộ nghèo.",
    location: "Sân vận động Thăng Bình, thôn Hà Lam",
    url: "http://localhost:3000/fairs/hoi-cho",
    geo: { lat: 15.74, lng: 108.36 },
    updated: new Date("2026-11-01T00:00:00Z"),
  },
  { uid: "fair-2@hangviet.vn", start: new Date("2027-01-05T01:00:00Z"), end: new Date("2027-01-06T10:00:00Z"), summary: "Hội chợ Tết", updated: new Date(), cancelled: true },
];

describe("events iCalendar (fairs and trips)", () => {
  const text = renderCalendar(events, { now: new Date("2026-11-30T10:00:00Z"), name: "Hội chợ Hàng Việt", product: "Fairs" });

  it("uses CRLF and folds every line at 75 octets without splitting characters", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    const folded = foldLine("DESCRIPTION:" + "ă".repeat(100));
    expect(folded.split("\r\n ").join("")).toBe("DESCRIPTION:" + "ă".repeat(100));
  });

  it("parses with ical.js: UID, DTSTAMP, UTC times, escaped text, status", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(2);
    const first = new ICAL.Event(vevents[0]!);
    expect(first.uid).toBe("fair-1@hangviet.vn");
    expect(first.summary).toBe(events[0]!.summary);
    expect(first.description).toBe(events[0]!.description);
    expect(first.location).toBe(events[0]!.location);
    expect(first.startDate.toJSDate().toISOString()).toBe("2026-12-18T01:00:00.000Z");
    expect(first.endDate.toJSDate().toISOString()).toBe("2026-12-22T14:00:00.000Z");
    expect(vevents[0]!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-30T10:00:00Z");
    expect(vevents[1]!.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
