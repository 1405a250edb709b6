-- Complaints (issue #13, ADR 0016): contact data apart from the anonymous complaint, events and
-- attachments office-only by default, evidence files owned by no business, hashed PINs, a
-- per-code failure log for the PIN rate limit, make-up working Saturdays, and CHECKs/triggers
-- so the database itself refuses what the code must never do.

-- CreateTable
CREATE TABLE "ComplainantContact" (
    "complaintId" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "vulnerableGroup" TEXT,
    "vulnerabilityNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplainantContact_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComplainantContact_reachable" CHECK ("phone" IS NOT NULL OR "email" IS NOT NULL),
    CONSTRAINT "ComplainantContact_group" CHECK ("vulnerableGroup" IS NULL OR "vulnerableGroup" IN ('POOR_HOUSEHOLD', 'ETHNIC_MINORITY', 'REMOTE_AREA', 'ELDERLY', 'DISABILITY', 'OTHER'))
);

-- Contact data of complaints filed before this migration moves to the new table.
INSERT INTO "ComplainantContact" ("complaintId", "name", "phone", "email", "address", "vulnerableGroup", "vulnerabilityNote", "createdAt")
SELECT "id", "complainantName", "complainantPhone", "complainantEmail", "complainantAddress",
       CASE WHEN "vulnerable" THEN 'OTHER' ELSE NULL END, "vulnerabilityNote", "createdAt"
FROM "Complaint"
WHERE "complainantPhone" IS NOT NULL OR "complainantEmail" IS NOT NULL;

-- CreateTable
CREATE TABLE "ComplaintAccessFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "complaintId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintAccessFailure_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkingSaturday" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    CONSTRAINT "WorkingSaturday_date" CHECK (date("date") IS "date" AND strftime('%w', "date") = '6')
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "descriptionRedacted" TEXT,
    "happenedOn" TEXT,
    "remedy" TEXT NOT NULL,
    "remedyNote" TEXT,
    "businessId" TEXT,
    "productId" TEXT,
    "salesPointId" TEXT,
    "businessNameText" TEXT,
    "provinceCode" TEXT,
    "communeCode" TEXT,
    "consentShareContact" BOOLEAN NOT NULL DEFAULT false,
    "vulnerable" BOOLEAN NOT NULL DEFAULT false,
    "assignedToId" TEXT,
    "mergedIntoId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forwardedAt" DATETIME,
    "businessDueAt" DATETIME,
    "firstAnsweredAt" DATETIME,
    "agreedAt" DATETIME,
    "reminderSentAt" DATETIME,
    "escalationRequestedAt" DATETIME,
    "overdueAt" DATETIME,
    "escalatedAt" DATETIME,
    "closedAt" DATETIME,
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Complaint_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_salesPointId_fkey" FOREIGN KEY ("salesPointId") REFERENCES "SalesPoint" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Complaint" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Complaint_status" CHECK ("status" IN ('RECEIVED', 'NEEDS_INFO', 'FORWARDED', 'ANSWERED', 'RESOLVED', 'ESCALATED', 'CLOSED', 'REJECTED')),
    CONSTRAINT "Complaint_remedy" CHECK ("remedy" IN ('REFUND', 'EXCHANGE', 'REPAIR', 'APOLOGY', 'OTHER')),
    CONSTRAINT "Complaint_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('RESOLVED_WITH_RELIEF', 'RESOLVED_WITHOUT_RELIEF', 'WITHDRAWN', 'NOT_RESOLVED', 'MERGED')),
    CONSTRAINT "Complaint_closed_has_outcome" CHECK ("status" <> 'CLOSED' OR ("outcome" IS NOT NULL AND "closedAt" IS NOT NULL)),
    CONSTRAINT "Complaint_forwarded_has_due" CHECK ("forwardedAt" IS NULL OR "businessDueAt" IS NOT NULL),
    CONSTRAINT "Complaint_code_format" CHECK ("code" GLOB 'KN-[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]-[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]'),
    CONSTRAINT "Complaint_happened_on" CHECK ("happenedOn" IS NULL OR date("happenedOn") IS "happenedOn"),
    CONSTRAINT "Complaint_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id")
);
-- Complaints filed before: no PIN was ever issued ('!' never verifies; the office re-issues one),
-- and their remedy was not asked.
INSERT INTO "new_Complaint" ("businessDueAt", "businessId", "businessNameText", "closedAt", "code", "communeCode", "consentShareContact", "createdAt", "description", "forwardedAt", "id", "productId", "provinceCode", "receivedAt", "salesPointId", "status", "subject", "updatedAt", "vulnerable", "pinHash", "remedy", "outcome")
SELECT "businessDueAt", "businessId", "businessNameText", "closedAt", "code", "communeCode", "consentShareContact", "createdAt", "description", "forwardedAt", "id", "productId", "provinceCode", "receivedAt", "salesPointId", "status", "subject", "updatedAt", "vulnerable", '!', 'OTHER',
       CASE WHEN "status" = 'CLOSED' THEN 'NOT_RESOLVED' ELSE NULL END
FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_code_key" ON "Complaint"("code");
CREATE INDEX "Complaint_status_vulnerable_businessDueAt_idx" ON "Complaint"("status", "vulnerable", "businessDueAt");
CREATE INDEX "Complaint_businessId_status_idx" ON "Complaint"("businessId", "status");
CREATE INDEX "Complaint_productId_status_idx" ON "Complaint"("productId", "status");
CREATE TABLE "new_ComplaintEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "actorKind" TEXT NOT NULL DEFAULT 'office',
    "message" TEXT,
    "visibleToComplainant" BOOLEAN NOT NULL DEFAULT false,
    "visibleToBusiness" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintEvent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComplaintEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ComplaintEvent_kind" CHECK ("kind" IN ('filed', 'info_added', 'info_requested', 'rejected', 'assigned', 'merged', 'redacted', 'forwarded', 'outside_contact', 'business_reply', 'agreed', 'complainant_reply', 'complainant_resolved', 'complainant_not_satisfied', 'reminder', 'overdue', 'escalated', 'closed', 'contact_erased', 'note', 'status_changed')),
    CONSTRAINT "ComplaintEvent_actorKind" CHECK ("actorKind" IN ('office', 'complainant', 'business', 'system'))
);
INSERT INTO "new_ComplaintEvent" ("actorId", "complaintId", "createdAt", "id", "kind", "message", "visibleToBusiness", "visibleToComplainant", "actorKind")
SELECT "actorId", "complaintId", "createdAt", "id", "kind", "message", "visibleToBusiness", "visibleToComplainant",
       CASE WHEN "kind" = 'business_reply' THEN 'business' WHEN "kind" = 'filed' THEN 'complainant' ELSE 'office' END
FROM "ComplaintEvent";
DROP TABLE "ComplaintEvent";
ALTER TABLE "new_ComplaintEvent" RENAME TO "ComplaintEvent";
CREATE INDEX "ComplaintEvent_complaintId_createdAt_idx" ON "ComplaintEvent"("complaintId", "createdAt");
CREATE TABLE "new_ComplaintAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "complaintId" TEXT NOT NULL,
    "eventId" TEXT,
    "fileId" TEXT NOT NULL,
    "addedBy" TEXT NOT NULL DEFAULT 'complainant',
    "redactedFromId" TEXT,
    "visibleToComplainant" BOOLEAN NOT NULL DEFAULT false,
    "visibleToBusiness" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintAttachment_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComplaintAttachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ComplaintEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ComplaintAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ComplaintAttachment_redactedFromId_fkey" FOREIGN KEY ("redactedFromId") REFERENCES "ComplaintAttachment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ComplaintAttachment_addedBy" CHECK ("addedBy" IN ('complainant', 'business', 'office'))
);
INSERT INTO "new_ComplaintAttachment" ("complaintId", "fileId", "id") SELECT "complaintId", "fileId", "id" FROM "ComplaintAttachment";
DROP TABLE "ComplaintAttachment";
ALTER TABLE "new_ComplaintAttachment" RENAME TO "ComplaintAttachment";
CREATE INDEX "ComplaintAttachment_complaintId_idx" ON "ComplaintAttachment"("complaintId");
CREATE TABLE "new_Holiday" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    CONSTRAINT "Holiday_date" CHECK (date("date") IS "date")
);
INSERT INTO "new_Holiday" ("date", "name") SELECT "date", "name" FROM "Holiday";
DROP TABLE "Holiday";
ALTER TABLE "new_Holiday" RENAME TO "Holiday";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ComplaintAccessFailure_code_createdAt_idx" ON "ComplaintAccessFailure"("code", "createdAt");

-- Evidence belongs to no business and is private: a business can never read it through
-- /files/:id, only through the complaint's own access rules.
CREATE TRIGGER "ComplaintAttachment_file_private_insert" BEFORE INSERT ON "ComplaintAttachment"
WHEN (SELECT "businessId" IS NOT NULL OR "isPrivate" = 0 FROM "StoredFile" WHERE "id" = NEW."fileId")
BEGIN
    SELECT RAISE(ABORT, 'complaint files must be private and belong to no business');
END;
CREATE TRIGGER "ComplaintAttachment_file_private_update" BEFORE UPDATE OF "fileId" ON "ComplaintAttachment"
WHEN (SELECT "businessId" IS NOT NULL OR "isPrivate" = 0 FROM "StoredFile" WHERE "id" = NEW."fileId")
BEGIN
    SELECT RAISE(ABORT, 'complaint files must be private and belong to no business');
END;
CREATE TRIGGER "StoredFile_complaint_file_stays_private" BEFORE UPDATE OF "businessId", "isPrivate" ON "StoredFile"
WHEN (NEW."businessId" IS NOT NULL OR NEW."isPrivate" = 0)
 AND EXISTS (SELECT 1 FROM "ComplaintAttachment" WHERE "fileId" = NEW."id")
BEGIN
    SELECT RAISE(ABORT, 'complaint files must be private and belong to no business');
END;

-- The complainant's phone and e-mail are never copied into the timeline.
CREATE TRIGGER "ComplaintEvent_no_contact_insert" BEFORE INSERT ON "ComplaintEvent"
WHEN NEW."message" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "ComplainantContact" c WHERE c."complaintId" = NEW."complaintId"
      AND ((c."phone" IS NOT NULL AND instr(NEW."message", c."phone") > 0)
        OR (c."email" IS NOT NULL AND instr(lower(NEW."message"), lower(c."email")) > 0)))
BEGIN
    SELECT RAISE(ABORT, 'complainant contact data must not be copied into complaint events');
END;
CREATE TRIGGER "ComplaintEvent_no_contact_update" BEFORE UPDATE OF "message" ON "ComplaintEvent"
WHEN NEW."message" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "ComplainantContact" c WHERE c."complaintId" = NEW."complaintId"
      AND ((c."phone" IS NOT NULL AND instr(NEW."message", c."phone") > 0)
        OR (c."email" IS NOT NULL AND instr(lower(NEW."message"), lower(c."email")) > 0)))
BEGIN
    SELECT RAISE(ABORT, 'complainant contact data must not be copied into complaint events');
END;

-- Nor into the redacted description, the only one a business reads.
CREATE TRIGGER "Complaint_redacted_has_no_contact" BEFORE UPDATE OF "descriptionRedacted" ON "Complaint"
WHEN NEW."descriptionRedacted" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "ComplainantContact" c WHERE c."complaintId" = NEW."id"
      AND ((c."phone" IS NOT NULL AND instr(NEW."descriptionRedacted", c."phone") > 0)
        OR (c."email" IS NOT NULL AND instr(lower(NEW."descriptionRedacted"), lower(c."email")) > 0)))
BEGIN
    SELECT RAISE(ABORT, 'complainant contact data must not be copied into the redacted description');
END;
