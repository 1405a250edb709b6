-- Database invariants (issue #8 finding 7, ADR 0011): CHECK constraints for what the schema
-- states — enum columns take only their values, counts are not negative, shares and minutes stay
-- in range, keys are not empty, JSON columns hold JSON (not Setting.value: tests and tools store plain text there). SQLite adds CHECKs only by rebuilding a
-- table: Prisma's `new_X` pattern, copying every row, then the indexes again. Foreign keys are
-- off during the rebuild (as in Prisma's own redefinitions) and checked when it is done.
-- Also: OutboxMessage.sensitive (reset links and contact data are redacted and purged).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

-- User
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "role" TEXT NOT NULL DEFAULT 'BUSINESS',
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_1_check" CHECK ("role" IN ('BUSINESS', 'OFFICER', 'PARTNER', 'ADMIN')),
    CONSTRAINT "User_2_check" CHECK (length("email") > 0 AND "email" = lower("email")),
    CONSTRAINT "User_3_check" CHECK (length(trim("name")) > 0),
    CONSTRAINT "User_4_check" CHECK (length("passwordHash") > 0)
);
INSERT INTO "new_User" ("id", "email", "name", "phone", "role", "passwordHash", "locale", "disabledAt", "createdAt", "updatedAt") SELECT "id", "email", "name", "phone", "role", "passwordHash", "locale", "disabledAt", "createdAt", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- Session
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_1_check" CHECK (length("id") = 64)
);
INSERT INTO "new_Session" ("id", "userId", "expiresAt", "createdAt", "userAgent") SELECT "id", "userId", "expiresAt", "createdAt", "userAgent" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- PasswordResetToken
CREATE TABLE "new_PasswordResetToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PasswordResetToken_1_check" CHECK (length("tokenHash") = 64)
);
INSERT INTO "new_PasswordResetToken" ("id", "tokenHash", "userId", "expiresAt", "usedAt", "createdAt") SELECT "id", "tokenHash", "userId", "expiresAt", "usedAt", "createdAt" FROM "PasswordResetToken";
DROP TABLE "PasswordResetToken";
ALTER TABLE "new_PasswordResetToken" RENAME TO "PasswordResetToken";
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- BusinessMembership
CREATE TABLE "new_BusinessMembership" (
    "userId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'OWNER',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "businessId"),
    CONSTRAINT "BusinessMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BusinessMembership_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BusinessMembership_1_check" CHECK ("role" IN ('OWNER', 'STAFF'))
);
INSERT INTO "new_BusinessMembership" ("userId", "businessId", "role", "createdAt") SELECT "userId", "businessId", "role", "createdAt" FROM "BusinessMembership";
DROP TABLE "BusinessMembership";
ALTER TABLE "new_BusinessMembership" RENAME TO "BusinessMembership";
CREATE INDEX "BusinessMembership_businessId_idx" ON "BusinessMembership"("businessId");

-- SalesPoint
CREATE TABLE "new_SalesPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "streetAddress" TEXT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "phone" TEXT,
    "vietGoodsShare" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SalesPoint_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesPoint_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SalesPoint_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SalesPoint_1_check" CHECK ("status" IN ('DRAFT', 'APPLIED', 'CERTIFIED', 'REJECTED')),
    CONSTRAINT "SalesPoint_2_check" CHECK ("vietGoodsShare" BETWEEN 0 AND 100),
    CONSTRAINT "SalesPoint_3_check" CHECK (length(trim("name")) > 0),
    CONSTRAINT "SalesPoint_4_check" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
    CONSTRAINT "SalesPoint_5_check" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)
);
INSERT INTO "new_SalesPoint" ("id", "businessId", "name", "provinceCode", "communeCode", "streetAddress", "latitude", "longitude", "phone", "vietGoodsShare", "status", "createdAt", "updatedAt") SELECT "id", "businessId", "name", "provinceCode", "communeCode", "streetAddress", "latitude", "longitude", "phone", "vietGoodsShare", "status", "createdAt", "updatedAt" FROM "SalesPoint";
DROP TABLE "SalesPoint";
ALTER TABLE "new_SalesPoint" RENAME TO "SalesPoint";
CREATE INDEX "SalesPoint_latitude_longitude_idx" ON "SalesPoint"("latitude", "longitude");
CREATE INDEX "SalesPoint_status_provinceCode_communeCode_idx" ON "SalesPoint"("status", "provinceCode", "communeCode");

-- SalesPointHours
CREATE TABLE "new_SalesPointHours" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "salesPointId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" INTEGER NOT NULL,
    "closesAt" INTEGER NOT NULL,
    CONSTRAINT "SalesPointHours_salesPointId_fkey" FOREIGN KEY ("salesPointId") REFERENCES "SalesPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesPointHours_1_check" CHECK ("weekday" BETWEEN 0 AND 6),
    CONSTRAINT "SalesPointHours_2_check" CHECK ("opensAt" BETWEEN 0 AND 1440),
    CONSTRAINT "SalesPointHours_3_check" CHECK ("closesAt" BETWEEN 0 AND 1440)
);
INSERT INTO "new_SalesPointHours" ("id", "salesPointId", "weekday", "opensAt", "closesAt") SELECT "id", "salesPointId", "weekday", "opensAt", "closesAt" FROM "SalesPointHours";
DROP TABLE "SalesPointHours";
ALTER TABLE "new_SalesPointHours" RENAME TO "SalesPointHours";
CREATE INDEX "SalesPointHours_salesPointId_weekday_idx" ON "SalesPointHours"("salesPointId", "weekday");

-- SalesPointApplication
CREATE TABLE "new_SalesPointApplication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "salesPointId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "decisionNote" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SalesPointApplication_salesPointId_fkey" FOREIGN KEY ("salesPointId") REFERENCES "SalesPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesPointApplication_1_check" CHECK ("status" IN ('SUBMITTED', 'INSPECTED', 'CERTIFIED', 'REJECTED', 'WITHDRAWN'))
);
INSERT INTO "new_SalesPointApplication" ("id", "salesPointId", "status", "decisionNote", "decidedAt", "createdAt") SELECT "id", "salesPointId", "status", "decisionNote", "decidedAt", "createdAt" FROM "SalesPointApplication";
DROP TABLE "SalesPointApplication";
ALTER TABLE "new_SalesPointApplication" RENAME TO "SalesPointApplication";
CREATE INDEX "SalesPointApplication_salesPointId_idx" ON "SalesPointApplication"("salesPointId");
CREATE INDEX "SalesPointApplication_status_createdAt_idx" ON "SalesPointApplication"("status", "createdAt");

-- Inspection
CREATE TABLE "new_Inspection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "inspectorId" TEXT NOT NULL,
    "inspectedAt" DATETIME NOT NULL,
    "checklist" TEXT NOT NULL,
    "observedShare" INTEGER,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Inspection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SalesPointApplication" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Inspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Inspection_1_check" CHECK ("observedShare" IS NULL OR "observedShare" BETWEEN 0 AND 100),
    CONSTRAINT "Inspection_2_check" CHECK (json_valid("checklist") AND json_type("checklist") = 'array')
);
INSERT INTO "new_Inspection" ("id", "applicationId", "inspectorId", "inspectedAt", "checklist", "observedShare", "notes", "createdAt") SELECT "id", "applicationId", "inspectorId", "inspectedAt", "checklist", "observedShare", "notes", "createdAt" FROM "Inspection";
DROP TABLE "Inspection";
ALTER TABLE "new_Inspection" RENAME TO "Inspection";

-- OutboxMessage
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topic" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "OutboxMessage_1_check" CHECK ("status" IN ('PENDING', 'DONE', 'FAILED')),
    CONSTRAINT "OutboxMessage_2_check" CHECK ("attempts" >= 0),
    CONSTRAINT "OutboxMessage_3_check" CHECK (length("topic") > 0),
    CONSTRAINT "OutboxMessage_4_check" CHECK (json_valid("payload")),
    CONSTRAINT "OutboxMessage_5_check" CHECK ("sensitive" IN (0, 1))
);
INSERT INTO "new_OutboxMessage" ("id", "topic", "payload", "status", "attempts", "availableAt", "lastError", "createdAt", "processedAt") SELECT "id", "topic", "payload", "status", "attempts", "availableAt", "lastError", "createdAt", "processedAt" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE INDEX "OutboxMessage_status_availableAt_idx" ON "OutboxMessage"("status", "availableAt");
CREATE INDEX "OutboxMessage_topic_createdAt_idx" ON "OutboxMessage"("topic", "createdAt");

-- AuditLog
CREATE TABLE "new_AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_1_check" CHECK (length("action") > 0),
    CONSTRAINT "AuditLog_2_check" CHECK (length("entityType") > 0),
    CONSTRAINT "AuditLog_3_check" CHECK (length("entityId") > 0),
    CONSTRAINT "AuditLog_4_check" CHECK ("data" IS NULL OR json_valid("data"))
);
INSERT INTO "new_AuditLog" ("id", "actorId", "action", "entityType", "entityId", "data", "createdAt") SELECT "id", "actorId", "action", "entityType", "entityId", "data", "createdAt" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- News
CREATE TABLE "new_News" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "News_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "News_1_check" CHECK (length("slug") > 0),
    CONSTRAINT "News_2_check" CHECK (length(trim("title")) > 0)
);
INSERT INTO "new_News" ("id", "slug", "title", "summary", "body", "publishedAt", "authorId", "createdAt", "updatedAt") SELECT "id", "slug", "title", "summary", "body", "publishedAt", "authorId", "createdAt", "updatedAt" FROM "News";
DROP TABLE "News";
ALTER TABLE "new_News" RENAME TO "News";
CREATE INDEX "News_publishedAt_idx" ON "News"("publishedAt");
CREATE UNIQUE INDEX "News_slug_key" ON "News"("slug");

-- Setting
CREATE TABLE "new_Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Setting_1_check" CHECK (length("key") > 0)
);
INSERT INTO "new_Setting" ("key", "value", "updatedAt") SELECT "key", "value", "updatedAt" FROM "Setting";
DROP TABLE "Setting";
ALTER TABLE "new_Setting" RENAME TO "Setting";

-- SynonymGroup
CREATE TABLE "new_SynonymGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "terms" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SynonymGroup_1_check" CHECK (json_valid("terms") AND json_type("terms") = 'array')
);
INSERT INTO "new_SynonymGroup" ("id", "terms", "createdAt") SELECT "id", "terms", "createdAt" FROM "SynonymGroup";
DROP TABLE "SynonymGroup";
ALTER TABLE "new_SynonymGroup" RENAME TO "SynonymGroup";

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
