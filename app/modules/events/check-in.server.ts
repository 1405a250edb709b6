// Check-in on the day of an event (fairs now, sales trips later) by the unguessable code on a
// participant's pass. The first check-in wins: a conditional update on "not yet checked in",
// so two officers scanning the same pass at once record it once and the second hears "already".
import { normaliseVerificationCode } from "~/modules/certification/verification-code";

export interface CheckInTarget {
  id: string;
  name: string;
  place: string | null;
  checkedInAt: Date | null;
}

/** How one kind of event finds a pass and records its check-in. */
export interface CheckInSource {
  findByCode(code: string): Promise<CheckInTarget | null>;
  /** Sets the check-in time where none is set yet; returns how many rows changed (0 or 1). */
  markCheckedIn(id: string, at: Date): Promise<number>;
}

export type CheckInResult =
  | { state: "invalid" }
  | { state: "unknown" }
  | { state: "checkedIn"; target: CheckInTarget; at: Date }
  | { state: "already"; target: CheckInTarget; at: Date };

export async function checkInByCode(source: CheckInSource, input: string, now = new Date()): Promise<CheckInResult> {
  const code = normaliseVerificationCode(input);
  if (!code) return { state: "invalid" };
  const target = await source.findByCode(code);
  if (!target) return { state: "unknown" };
  if (target.checkedInAt) return { state: "already", target, at: target.checkedInAt };
  if ((await source.markCheckedIn(target.id, now)) === 1) return { state: "checkedIn", target, at: now };
  // someone else checked this pass in between our read and our write
  const again = await source.findByCode(code);
  return { state: "already", target: again ?? target, at: again?.checkedInAt ?? now };
}
