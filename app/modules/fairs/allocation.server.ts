// The write half of a fair registration (ADR 0024). Everything that can be decided by reading
// (eligibility, booth type and fee, priority, recipients) is decided before, outside any
// transaction; what is left is the allocation itself, and it is group-committed: requests that
// arrive while a transaction holds the one connection (ADR 0009) wait in a queue and the next
// transaction allocates all of them with a handful of multi-row statements. A burst of 200
// registrations is then a few transactions instead of 200, each doing per request only work
// that must be atomic with the booth: re-check the fair is open, pick a free booth, insert the
// row, its exhibits, its audit entry and its e-mail.
//
// The database still decides: the rows are inserted with the booth picked, and the partial
// unique indexes (one active registration per booth, one open registration per business and
// fair) refuse a double booking whoever wrote first. If a batch's insert is refused, the batch is
// rolled back and each request is retried alone, where a refusal is that request's own error.
import { Prisma } from "~/generated/prisma/client";
import { recordAudits, type AuditEntry } from "~/modules/audit/audit.server";
import { Conflict, Invalid, NotFound } from "~/modules/errors";
import { enqueueEmails, type EmailMessage } from "~/modules/notifications/outbox.server";
import type { Db, Tx } from "~/utils/db.server";
import { newRowId } from "~/utils/row-id.server";
import { fairEmail } from "./emails";

const HOUR_MS = 3_600_000;
/** Bounds one transaction's length (and its SQL variables) however big the burst. */
const MAX_BATCH = 100;
/**
 * During a burst (a batch committed less than BURST_WINDOW_MS ago) a batch waits GATHER_MS
 * for more requests before it starts: over HTTP each request needs several milliseconds of
 * CPU before it reaches the queue, so without waiting every batch held one request and each
 * paid a whole transaction (its statements and an fsync). A lone registration does not wait.
 */
const BURST_WINDOW_MS = 200;
const GATHER_MS = 100;

export interface AllocationRequest {
  fairId: string;
  fairName: string;
  businessId: string;
  businessName: string;
  recipients: string[];
  boothTypeId: string;
  feeVnd: number;
  /** a booth picked on the plan: tried first */
  requestedBoothId: string | null;
  waiverRequested: boolean;
  note: string | null;
  priority: number;
  productIds: string[];
  actorId: string;
  url: string;
  now: Date;
}

export interface RegistrationOutcome {
  registrationId: string;
  status: "PENDING" | "WAITLISTED";
  boothCode: string | null;
  /** the business asked for a booth that someone else holds */
  requestedBoothTaken: boolean;
  position: number | null;
}

/**
 * Whether a unique index refused a write (on `column` when given). Prisma reports the
 * constraint's columns in a P2002 error; raw SQL reports SQLite's own message.
 */
export function uniqueViolationOn(error: unknown, column?: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  const text = `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}`;
  if (code !== "P2002" && !/UNIQUE constraint failed|UniqueConstraintViolation/i.test(text)) return false;
  return column === undefined || text.includes(column);
}

/** Why a fair refuses registrations at `now`, or null when it is open. */
export function windowError(fair: { status: string; registrationOpensAt: Date; registrationClosesAt: Date }, now: Date): Error | null {
  if (fair.status === "DRAFT") return new NotFound();
  if (fair.status !== "PUBLISHED") return new Invalid("fairs.errors.notOpen");
  if (now < fair.registrationOpensAt) return new Invalid("fairs.errors.windowNotOpen");
  if (now >= fair.registrationClosesAt) return new Invalid("fairs.errors.windowClosed");
  return null;
}

type FairRow = { id: string; name: string; status: string; registrationOpensAt: string; registrationClosesAt: string; holdHours: number };
type BoothRow = { id: string; code: string; boothTypeId: string };
type Result = { ok: true; outcome: RegistrationOutcome } | { ok: false; error: Error };

/** One transaction for a batch. Returns each request's outcome or its own refusal. */
async function allocateBatch(tx: Tx, requests: AllocationRequest[]): Promise<Result[]> {
  const fairIds = [...new Set(requests.map((r) => r.fairId))];
  const typeIds = [...new Set(requests.map((r) => r.boothTypeId))];
  // Read inside the transaction: the fair's state at commit time is what counts (a fair
  // cancelled meanwhile notifies its registrants, so no registration may slip in after).
  const fairs = new Map(
    (
      await tx.$queryRaw<FairRow[]>`SELECT id, name, status, registrationOpensAt, registrationClosesAt, holdHours FROM Fair WHERE id IN (${Prisma.join(fairIds)})`
    ).map((f) => [f.id, f]),
  );
  const free = await tx.$queryRaw<BoothRow[]>`
    SELECT b.id, b.code, b.boothTypeId FROM Booth b
    WHERE b.fairId IN (${Prisma.join(fairIds)}) AND b.boothTypeId IN (${Prisma.join(typeIds)})
      AND NOT EXISTS (SELECT 1 FROM FairRegistration r WHERE r.boothId = b.id AND r.status IN ('PENDING', 'APPROVED'))
    ORDER BY b.code`;
  const taken = new Set<string>();
  const results: Result[] = [];
  const rows: Array<{ id: string; request: AllocationRequest; booth: BoothRow | null; requestedBoothTaken: boolean; holdExpiresAt: Date | null }> = [];
  for (const request of requests) {
    const fair = fairs.get(request.fairId);
    const refused = fair
      ? windowError({ status: fair.status, registrationOpensAt: new Date(fair.registrationOpensAt), registrationClosesAt: new Date(fair.registrationClosesAt) }, request.now)
      : new NotFound();
    if (refused) {
      results.push({ ok: false, error: refused });
      continue;
    }
    const candidates = free.filter((b) => b.boothTypeId === request.boothTypeId && !taken.has(b.id));
    const booth = candidates.find((b) => b.id === request.requestedBoothId) ?? candidates[0] ?? null;
    if (booth) taken.add(booth.id);
    const requestedBoothTaken = request.requestedBoothId !== null && booth?.id !== request.requestedBoothId;
    const holds = booth && request.feeVnd > 0 && !request.waiverRequested;
    const holdExpiresAt = holds ? new Date(request.now.getTime() + fair!.holdHours * HOUR_MS) : null;
    rows.push({ id: newRowId(), request, booth, requestedBoothTaken, holdExpiresAt });
    results.push({ ok: true, outcome: { registrationId: "", status: booth ? "PENDING" : "WAITLISTED", boothCode: booth?.code ?? null, requestedBoothTaken, position: null } });
  }
  if (rows.length === 0) return results;

  await tx.$executeRaw`
    INSERT INTO FairRegistration (id, fairId, businessId, boothTypeId, boothId, status, feeVnd, waiverRequested, note, priority, holdExpiresAt, createdAt, updatedAt)
    VALUES ${Prisma.join(
      rows.map(
        ({ id, request: r, booth, holdExpiresAt }) =>
          Prisma.sql`(${id}, ${r.fairId}, ${r.businessId}, ${r.boothTypeId}, ${booth?.id ?? null}, ${booth ? "PENDING" : "WAITLISTED"}, ${r.feeVnd}, ${r.waiverRequested ? 1 : 0}, ${r.note}, ${r.priority}, ${holdExpiresAt?.toISOString() ?? null}, ${r.now.toISOString()}, ${r.now.toISOString()})`,
      ),
    )}`;
  const exhibits = rows.flatMap(({ id, request }) => [...new Set(request.productIds)].map((productId) => Prisma.sql`(${id}, ${productId})`));
  if (exhibits.length) await tx.$executeRaw`INSERT INTO FairExhibit (registrationId, productId) VALUES ${Prisma.join(exhibits)}`;

  // Waitlist positions as the waitlist stands in this transaction: priority, then age.
  const waitlisted = rows.filter((r) => !r.booth);
  const positions = new Map<string, number>();
  if (waitlisted.length) {
    const ranked = await tx.$queryRaw<Array<{ id: string; position: number | bigint }>>`
      SELECT id, position FROM (
        SELECT id, ROW_NUMBER() OVER (PARTITION BY fairId, boothTypeId ORDER BY priority DESC, createdAt ASC, id ASC) AS position
        FROM FairRegistration
        WHERE fairId IN (${Prisma.join(fairIds)}) AND boothTypeId IN (${Prisma.join([...new Set(waitlisted.map((r) => r.request.boothTypeId))])}) AND status = 'WAITLISTED'
      ) WHERE id IN (${Prisma.join(waitlisted.map((r) => r.id))})`;
    for (const r of ranked) positions.set(r.id, Number(r.position));
  }

  const audits: AuditEntry[] = [];
  const emails: EmailMessage[] = [];
  let row = 0;
  for (const result of results) {
    if (!result.ok) continue;
    const { id, request, booth } = rows[row++]!;
    const position = positions.get(id) ?? null;
    result.outcome.registrationId = id;
    result.outcome.position = booth ? null : position;
    audits.push(
      booth
        ? { actorId: request.actorId, action: "fair.register", entityType: "FairRegistration", entityId: id, data: { fairId: request.fairId, booth: booth.code } }
        : { actorId: request.actorId, action: "fair.waitlist", entityType: "FairRegistration", entityId: id, data: { fairId: request.fairId, position } },
    );
    const facts = { fairName: fairs.get(request.fairId)!.name, businessName: request.businessName, url: request.url, boothCode: booth?.code ?? null, position };
    for (const to of request.recipients) emails.push(fairEmail(booth ? "registered" : "waitlisted", to, facts));
  }
  await recordAudits(tx, audits);
  await enqueueEmails(tx, emails);
  return results;
}

interface Pending {
  request: AllocationRequest;
  resolve: (outcome: RegistrationOutcome) => void;
  reject: (error: unknown) => void;
}

type Queue = { pending: Pending[]; draining: boolean; lastCommitAt: number };
const queues = new WeakMap<Db, Queue>();

function settle(batch: Pending[], results: Result[]) {
  batch.forEach((p, i) => {
    const result = results[i]!;
    if (result.ok) p.resolve(result.outcome);
    else p.reject(result.error);
  });
}

async function runBatch(db: Db, batch: Pending[], attempt = 1): Promise<void> {
  try {
    settle(batch, await db.$transaction((tx) => allocateBatch(tx, batch.map((p) => p.request))));
  } catch (error) {
    if (batch.length > 1 && uniqueViolationOn(error)) {
      // Someone in the batch collided (the same business twice, or a booth written by another
      // connection): each request alone, so only the one concerned hears about it.
      for (const p of batch) await runBatch(db, [p]);
    } else if (batch.length === 1 && uniqueViolationOn(error, "businessId")) {
      batch[0]!.reject(new Conflict("fairs.errors.alreadyRegistered"));
    } else if (batch.length === 1 && uniqueViolationOn(error, "boothId") && attempt < 3) {
      // the booth went to a writer outside this process between our read and our insert
      await runBatch(db, batch, attempt + 1);
    } else {
      for (const p of batch) p.reject(error);
    }
  }
}

async function drain(db: Db, queue: Queue) {
  try {
    // let the requests that arrived in this turn of the event loop join the first batch, and
    // in a burst those that arrive within GATHER_MS
    const burst = performance.now() - queue.lastCommitAt < BURST_WINDOW_MS;
    await new Promise((resolve) => (burst ? setTimeout(resolve, GATHER_MS) : setImmediate(resolve)));
    while (queue.pending.length) {
      await runBatch(db, queue.pending.splice(0, MAX_BATCH));
      queue.lastCommitAt = performance.now();
    }
  } finally {
    queue.draining = false;
  }
}

/** Allocates one prepared registration, together with whatever else is waiting. */
export function allocate(db: Db, request: AllocationRequest): Promise<RegistrationOutcome> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { pending: [], draining: false, lastCommitAt: Number.NEGATIVE_INFINITY }));
  const q = queue;
  return new Promise<RegistrationOutcome>((resolve, reject) => {
    q.pending.push({ request, resolve, reject });
    if (!q.draining) {
      q.draining = true;
      void drain(db, q);
    }
  });
}
