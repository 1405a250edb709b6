-- Certificates people can trust (issue #9, ADR 0013).
-- 1. Certificate gets an origin (BUSINESS | OFFICE) and a check state (DECLARED | CHECKED |
--    ISSUED | REJECTED) with who checked it, when, and a rejection reason.
-- 2. CHECK constraints on Certificate, Product and Business (SQLite needs a table rebuild).
-- Existing rows: sales-point certificates were issued by the office (ISSUED); a product's
-- certificate the office saw when it approved the product (present before publication, not
-- added while published) counts as CHECKED by the approving officer; business-level
-- certificates were only ever entered by the office or the seed (no business form creates
-- them), so they are CHECKED too. Everything else stays DECLARED and goes to the queue.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

CREATE TABLE "new_Business" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "legalForm" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enterpriseCode" TEXT,
    "ownerPersonalId" TEXT,
    "registrationNo" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "statusReason" TEXT,
    "provinceCode" TEXT,
    "communeCode" TEXT,
    "oldCommuneId" INTEGER,
    "streetAddress" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "description" TEXT,
    "logoFileId" TEXT,
    "povertyStatus" TEXT NOT NULL DEFAULT 'NONE',
    "povertyConfirmedById" TEXT,
    "povertyConfirmedAt" DATETIME,
    "verifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Business_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Business_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Business_oldCommuneId_fkey" FOREIGN KEY ("oldCommuneId") REFERENCES "CommuneMapping" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Business_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Business_status_check" CHECK ("status" IN ('DRAFT', 'PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    CONSTRAINT "Business_legalForm_check" CHECK ("legalForm" IN ('ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD'))
);
INSERT INTO "new_Business" ("id","slug","legalForm","name","enterpriseCode","ownerPersonalId","registrationNo","status","statusReason","provinceCode","communeCode","oldCommuneId","streetAddress","phone","email","website","description","logoFileId","povertyStatus","povertyConfirmedById","povertyConfirmedAt","verifiedAt","createdAt","updatedAt") SELECT "id","slug","legalForm","name","enterpriseCode","ownerPersonalId","registrationNo","status","statusReason","provinceCode","communeCode","oldCommuneId","streetAddress","phone","email","website","description","logoFileId","povertyStatus","povertyConfirmedById","povertyConfirmedAt","verifiedAt","createdAt","updatedAt" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE INDEX "Business_status_provinceCode_communeCode_idx" ON "Business"("status", "provinceCode", "communeCode");
CREATE INDEX "Business_legalForm_idx" ON "Business"("legalForm");
CREATE TABLE "new_Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "name" TEXT NOT NULL,
    "categoryId" TEXT,
    "description" TEXT,
    "unit" TEXT,
    "priceVnd" INTEGER,
    "originCommuneCode" TEXT,
    "ingredients" TEXT,
    "reviewNote" TEXT,
    "submittedAt" DATETIME,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Product_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Product_originCommuneCode_fkey" FOREIGN KEY ("originCommuneCode") REFERENCES "Commune" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Product_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'UNPUBLISHED'))
);
INSERT INTO "new_Product" ("id","slug","businessId","status","name","categoryId","description","unit","priceVnd","originCommuneCode","ingredients","reviewNote","submittedAt","publishedAt","createdAt","updatedAt") SELECT "id","slug","businessId","status","name","categoryId","description","unit","priceVnd","originCommuneCode","ingredients","reviewNote","submittedAt","publishedAt","createdAt","updatedAt" FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");
CREATE INDEX "Product_businessId_status_idx" ON "Product"("businessId", "status");
CREATE INDEX "Product_status_categoryId_idx" ON "Product"("status", "categoryId");
CREATE INDEX "Product_status_publishedAt_idx" ON "Product"("status", "publishedAt");
CREATE TABLE "new_Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT,
    "number" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedOn" DATETIME NOT NULL,
    "expiresOn" DATETIME,
    "stars" INTEGER,
    "year" INTEGER,
    "verificationCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "statusChangedAt" DATETIME,
    "statusReason" TEXT,
    "documentFileId" TEXT,
    "businessId" TEXT NOT NULL,
    "productId" TEXT,
    "salesPointId" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'BUSINESS',
    "checkState" TEXT NOT NULL DEFAULT 'DECLARED',
    "checkedById" TEXT,
    "checkedAt" DATETIME,
    "checkNote" TEXT,
    "renewsId" TEXT,
    "reminderSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Certificate_documentFileId_fkey" FOREIGN KEY ("documentFileId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Certificate_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_salesPointId_fkey" FOREIGN KEY ("salesPointId") REFERENCES "SalesPoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Certificate_kind_check" CHECK ("kind" IN ('OCOP', 'HVNCLC', 'SALES_POINT', 'OTHER')),
    CONSTRAINT "Certificate_status_check" CHECK ("status" IN ('ACTIVE', 'EXPIRED', 'SUSPENDED', 'REVOKED')),
    CONSTRAINT "Certificate_origin_check" CHECK ("origin" IN ('BUSINESS', 'OFFICE')),
    CONSTRAINT "Certificate_checkState_check" CHECK ("checkState" IN ('DECLARED', 'CHECKED', 'ISSUED', 'REJECTED')),
    -- the office issues (ISSUED); a business's claim is declared, then checked or rejected
    CONSTRAINT "Certificate_origin_checkState_check" CHECK (("origin" = 'OFFICE') = ("checkState" = 'ISSUED')),
    -- a decision records when it was taken; a rejection says why
    CONSTRAINT "Certificate_checked_when_check" CHECK ("checkState" NOT IN ('CHECKED', 'REJECTED') OR "checkedAt" IS NOT NULL),
    CONSTRAINT "Certificate_rejected_reason_check" CHECK ("checkState" <> 'REJECTED' OR length(trim(coalesce("checkNote", ''))) > 0),
    CONSTRAINT "Certificate_stars_check" CHECK ("stars" IS NULL OR "stars" BETWEEN 1 AND 5),
    CONSTRAINT "Certificate_expiry_check" CHECK ("expiresOn" IS NULL OR "expiresOn" >= "issuedOn")
);
INSERT INTO "new_Certificate" ("businessId", "createdAt", "documentFileId", "expiresOn", "id", "issuedOn", "issuer", "kind", "number", "productId", "reminderSentAt", "renewsId", "salesPointId", "stars", "status", "statusChangedAt", "statusReason", "title", "updatedAt", "verificationCode", "year", "origin", "checkState", "checkedById", "checkedAt")
SELECT c."businessId", c."createdAt", c."documentFileId", c."expiresOn", c."id", c."issuedOn", c."issuer", c."kind", c."number", c."productId", c."reminderSentAt", c."renewsId", c."salesPointId", c."stars", c."status", c."statusChangedAt", c."statusReason", c."title", c."updatedAt", c."verificationCode", c."year",
    CASE WHEN c."kind" = 'SALES_POINT' THEN 'OFFICE' ELSE 'BUSINESS' END,
    CASE
        WHEN c."kind" = 'SALES_POINT' THEN 'ISSUED'
        WHEN c."productId" IS NULL AND c."salesPointId" IS NULL THEN 'CHECKED'
        WHEN p."publishedAt" IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM "AuditLog" a
            WHERE a."action" = 'product.certificate_add' AND a."entityId" = c."productId"
              AND a."data" LIKE '%"certificateId":"' || c."id" || '"%' AND a."data" LIKE '%"whilePublished":true%'
        ) THEN 'CHECKED'
        ELSE 'DECLARED'
    END,
    CASE WHEN c."kind" <> 'SALES_POINT' AND p."publishedAt" IS NOT NULL THEN (
        SELECT a."actorId" FROM "AuditLog" a
        WHERE a."action" = 'product.approve' AND a."entityId" = c."productId"
        ORDER BY a."createdAt" DESC LIMIT 1
    ) END,
    CASE
        WHEN c."kind" = 'SALES_POINT' THEN NULL
        WHEN c."productId" IS NULL AND c."salesPointId" IS NULL THEN c."createdAt"
        ELSE p."publishedAt"
    END
FROM "Certificate" c LEFT JOIN "Product" p ON p."id" = c."productId";
DROP TABLE "Certificate";
ALTER TABLE "new_Certificate" RENAME TO "Certificate";
CREATE UNIQUE INDEX "Certificate_verificationCode_key" ON "Certificate"("verificationCode");
CREATE INDEX "Certificate_businessId_idx" ON "Certificate"("businessId");
CREATE INDEX "Certificate_productId_idx" ON "Certificate"("productId");
CREATE INDEX "Certificate_salesPointId_idx" ON "Certificate"("salesPointId");
CREATE INDEX "Certificate_status_expiresOn_idx" ON "Certificate"("status", "expiresOn");
CREATE INDEX "Certificate_checkState_createdAt_idx" ON "Certificate"("checkState", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
