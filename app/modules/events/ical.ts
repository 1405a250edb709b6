// iCalendar (RFC 5545) for the public events (fairs, trip stops): CRLF line ends, content lines
// folded at 75 octets (never inside a UTF-8 sequence), TEXT values escaped, times in UTC ("Z")
// so no VTIMEZONE is needed. One generator: each feature maps its rows to IcalEvent.
export interface IcalEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  geo?: { lat: number; lng: number } | null;
  updated: Date;
  /** RFC 5545 SEQUENCE: bumped when the time, place or status changed, so calendars replace the event */
  sequence?: number;
  cancelled?: boolean;
}

export function icalDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function renderCalendar(
  events: IcalEvent[],
  { now = new Date(), name, product }: { now?: Date; name: string; product: "Fairs" | "Trips" },
): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//Hang Viet//${product}//VI`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icalDate(now)}`,
      `LAST-MODIFIED:${icalDate(e.updated)}`,
      `DTSTART:${icalDate(e.start)}`,
      `DTEND:${icalDate(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.sequence) lines.push(`SEQUENCE:${e.sequence}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lng.toFixed(6)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(`STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
