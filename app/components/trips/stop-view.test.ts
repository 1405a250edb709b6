// Stop times as the public pages print them: Vietnam time, weekday, and both dates for a stop
// that crosses midnight in Vietnam (while still on one UTC day).
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "~/locales/en";
import vi from "~/locales/vi";
import { fromVnLocal } from "~/utils/dates";
import { hoursText, stopView, vnClock } from "./stop-view";

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: "vi", resources: { vi: { translation: vi }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const stop = (startsAt: Date, endsAt: Date) => ({
  id: "s1",
  position: 2,
  venue: "Chợ đêm Hà Lam",
  address: null,
  latitude: null,
  longitude: null,
  startsAt,
  endsAt,
  changedAt: null,
  previousStartsAt: null,
  previousVenue: null,
  commune: { code: "20791", name: "Xã Thăng Bình", province: { name: "Thành phố Đà Nẵng" } },
});

describe("stop times", () => {
  it("a morning stop: the Vietnamese day with its weekday and the hours", () => {
    const view = stopView(stop(fromVnLocal("2026-12-05", 7 * 60), fromVnLocal("2026-12-05", 11 * 60)), t.t, "vi");
    expect(view.whenText).toBe("Thứ Bảy, 05/12/2026, 07:00–11:00");
    expect(view.startsAtIso).toBe("2026-12-05T00:00:00.000Z");
  });

  it("07:00 in Vietnam on 5 December is 00:00 UTC; 06:30 is still 4 December in UTC", () => {
    expect(vnClock(new Date("2026-12-05T00:00:00Z"))).toBe("07:00");
    const early = stopView(stop(fromVnLocal("2026-12-05", 6 * 60 + 30), fromVnLocal("2026-12-05", 9 * 60)), t.t, "vi");
    expect(early.startsAtIso).toBe("2026-12-04T23:30:00.000Z");
    expect(early.whenText).toBe("Thứ Bảy, 05/12/2026, 06:30–09:00");
  });

  it("a night stop across midnight in Vietnam shows both dates (in UTC it is one day)", () => {
    const night = stop(fromVnLocal("2026-12-05", 20 * 60), fromVnLocal("2026-12-06", 2 * 60));
    expect(night.endsAt.toISOString()).toBe("2026-12-05T19:00:00.000Z");
    expect(hoursText(night, "vi")).toBe("05/12/2026 20:00 – 06/12/2026 02:00");
    expect(stopView(night, t.t, "vi").whenText).toBe("05/12/2026 20:00 – 06/12/2026 02:00");
  });

  it("in English, with the weekday in English", () => {
    const view = stopView(stop(fromVnLocal("2026-12-06", 7 * 60), fromVnLocal("2026-12-06", 12 * 60)), t.getFixedT("en"), "en");
    expect(view.whenText).toBe("Sunday, 6 Dec 2026, 07:00–12:00");
  });
});
