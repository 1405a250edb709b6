-- CreateTable
CREATE TABLE "PaymentEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paymentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actorId" TEXT,
    "statementLineId" TEXT,
    "stripeEventId" TEXT,
    "data" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaymentEvent_status_enum" CHECK ("toStatus" IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED', 'WAIVED', 'CANCELLED') AND ("fromStatus" IS NULL OR "fromStatus" IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED', 'WAIVED', 'CANCELLED'))),
    CONSTRAINT "PaymentEvent_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PaymentEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "paymentId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountNumber" TEXT NOT NULL,
    "fileName" TEXT,
    "fileSha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "newLineCount" INTEGER NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "bankReference" TEXT NOT NULL,
    "bookedAt" DATETIME NOT NULL,
    "amountVnd" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "paymentId" TEXT,
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankStatementLine_amount_dong" CHECK (typeof("amountVnd") = 'integer'),
    CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BankStatementLine_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankColumnMapping" (
    "headerSignature" TEXT NOT NULL PRIMARY KEY,
    "dateColumn" TEXT NOT NULL,
    "amountColumn" TEXT NOT NULL,
    "descriptionColumn" TEXT NOT NULL,
    "referenceColumn" TEXT,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lastNo" INTEGER NOT NULL CHECK ("lastNo" >= 0)
);

-- CreateTable
CREATE TABLE "FeeWaiver" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "registrationId" TEXT,
    "participantId" TEXT,
    "householdStatus" TEXT NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "certificateYear" INTEGER NOT NULL,
    "documentFileId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "validYear" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeeWaiver_one_payable" CHECK (("registrationId" IS NULL) <> ("participantId" IS NULL)),
    CONSTRAINT "FeeWaiver_household_enum" CHECK ("householdStatus" IN ('POOR', 'NEAR_POOR')),
    CONSTRAINT "FeeWaiver_status_enum" CHECK ("status" IN ('REQUESTED', 'CONFIRMED', 'REFUSED')),
    CONSTRAINT "FeeWaiver_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FeeWaiver_documentFileId_fkey" FOREIGN KEY ("documentFileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "registrationId" TEXT,
    "participantId" TEXT,
    "amountVnd" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "reference" TEXT NOT NULL,
    "stripeSessionId" TEXT,
    "stripePaymentIntentId" TEXT,
    "confirmedById" TEXT,
    "paidAt" DATETIME,
    "bankReference" TEXT,
    "transferReportedAt" DATETIME,
    "receiptYear" INTEGER,
    "receiptNo" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    -- exactly one payable; whole non-negative đồng; only the enum values (ADR 0015)
    CONSTRAINT "Payment_one_payable" CHECK (("registrationId" IS NULL) <> ("participantId" IS NULL)),
    CONSTRAINT "Payment_amount_dong" CHECK (typeof("amountVnd") = 'integer' AND "amountVnd" >= 0),
    CONSTRAINT "Payment_method_enum" CHECK ("method" IN ('VIETQR', 'STRIPE', 'CASH', 'WAIVER')),
    CONSTRAINT "Payment_status_enum" CHECK ("status" IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED', 'WAIVED', 'CANCELLED')),
    CONSTRAINT "Payment_reference_format" CHECK (length("reference") BETWEEN 4 AND 16 AND "reference" NOT GLOB '*[^A-Z0-9]*'),
    CONSTRAINT "Payment_receipt_pair" CHECK (("receiptYear" IS NULL) = ("receiptNo" IS NULL)),
    CONSTRAINT "Payment_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "FairRegistration" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TripParticipant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("amountVnd", "businessId", "confirmedById", "createdAt", "id", "method", "paidAt", "participantId", "reference", "registrationId", "status", "stripeSessionId", "updatedAt") SELECT "amountVnd", "businessId", "confirmedById", "createdAt", "id", "method", "paidAt", "participantId", "reference", "registrationId", "status", "stripeSessionId", "updatedAt" FROM "Payment";
-- The fairs migration's trigger reads "Payment": it cannot outlive the table being swapped.
DROP TRIGGER IF EXISTS "FairRegistration_keep_payments";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE TRIGGER "FairRegistration_keep_payments" BEFORE DELETE ON "FairRegistration"
WHEN EXISTS (SELECT 1 FROM "Payment" WHERE "registrationId" = OLD."id")
BEGIN
  SELECT RAISE(ABORT, 'registration has payments');
END;
CREATE UNIQUE INDEX "Payment_reference_key" ON "Payment"("reference");
CREATE UNIQUE INDEX "Payment_stripeSessionId_key" ON "Payment"("stripeSessionId");
CREATE INDEX "Payment_status_method_idx" ON "Payment"("status", "method");
CREATE INDEX "Payment_businessId_status_idx" ON "Payment"("businessId", "status");
CREATE UNIQUE INDEX "Payment_receiptYear_receiptNo_key" ON "Payment"("receiptYear", "receiptNo");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PaymentEvent_paymentId_createdAt_idx" ON "PaymentEvent"("paymentId", "createdAt");

-- CreateIndex
CREATE INDEX "BankStatement_accountNumber_importedAt_idx" ON "BankStatement"("accountNumber", "importedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_paymentId_key" ON "BankStatementLine"("paymentId");

-- CreateIndex
CREATE INDEX "BankStatementLine_statementId_idx" ON "BankStatementLine"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_accountNumber_bankReference_key" ON "BankStatementLine"("accountNumber", "bankReference");

-- CreateIndex
CREATE INDEX "FeeWaiver_status_createdAt_idx" ON "FeeWaiver"("status", "createdAt");

-- CreateIndex
CREATE INDEX "FeeWaiver_businessId_idx" ON "FeeWaiver"("businessId");


-- ───────── hand-written invariants (ADR 0015) ─────────

-- At most one live (PENDING, PAID or WAIVED) payment per payable: a payable is paid once.
CREATE UNIQUE INDEX "Payment_one_live_per_registration" ON "Payment"("registrationId")
  WHERE "registrationId" IS NOT NULL AND "status" IN ('PENDING', 'PAID', 'WAIVED');
CREATE UNIQUE INDEX "Payment_one_live_per_participant" ON "Payment"("participantId")
  WHERE "participantId" IS NOT NULL AND "status" IN ('PENDING', 'PAID', 'WAIVED');

-- At most one open or confirmed waiver per payable.
CREATE UNIQUE INDEX "FeeWaiver_one_live_per_registration" ON "FeeWaiver"("registrationId")
  WHERE "registrationId" IS NOT NULL AND "status" IN ('REQUESTED', 'CONFIRMED');
CREATE UNIQUE INDEX "FeeWaiver_one_live_per_participant" ON "FeeWaiver"("participantId")
  WHERE "participantId" IS NOT NULL AND "status" IN ('REQUESTED', 'CONFIRMED');

-- Payment history is append-only.
CREATE TRIGGER "PaymentEvent_no_update" BEFORE UPDATE ON "PaymentEvent"
BEGIN
  SELECT RAISE(ABORT, 'PaymentEvent is append-only');
END;
CREATE TRIGGER "PaymentEvent_no_delete" BEFORE DELETE ON "PaymentEvent"
BEGIN
  SELECT RAISE(ABORT, 'PaymentEvent is append-only');
END;

-- A processed Stripe event is never forgotten (a redelivery would fulfil twice).
CREATE TRIGGER "StripeEvent_no_delete" BEFORE DELETE ON "StripeEvent"
BEGIN
  SELECT RAISE(ABORT, 'StripeEvent rows are kept');
END;

-- Receipt numbers never go back (no gaps, no reuse).
CREATE TRIGGER "ReceiptCounter_forward_only" BEFORE UPDATE ON "ReceiptCounter"
WHEN NEW."lastNo" <> OLD."lastNo" + 1 OR NEW."year" <> OLD."year"
BEGIN
  SELECT RAISE(ABORT, 'receipt numbers only move forward by one');
END;
CREATE TRIGGER "ReceiptCounter_no_delete" BEFORE DELETE ON "ReceiptCounter"
BEGIN
  SELECT RAISE(ABORT, 'receipt counters are kept');
END;
