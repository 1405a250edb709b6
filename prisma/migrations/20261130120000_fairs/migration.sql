-- CreateTable
CREATE TABLE "FairExhibit" (
    "registrationId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    PRIMARY KEY ("registrationId", "productId"),
    CONSTRAINT "FairExhibit_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "FairRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FairExhibit_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Fairs (issue #10, ADR 0014). The generated rebuilds below add CHECKs (fees >= 0, a waitlisted
-- registration holds no booth) and turn the registration's fair/booth links into RESTRICT so
-- deleting a fair or a booth never silently deletes or detaches registrations.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fair" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "venue" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "communeCode" TEXT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "registrationOpensAt" DATETIME NOT NULL,
    "registrationClosesAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "cancelReason" TEXT,
    "verifiedOnly" BOOLEAN NOT NULL DEFAULT true,
    "eligibleCategoryId" TEXT,
    "ocopPriority" BOOLEAN NOT NULL DEFAULT false,
    "ownCommunePriority" BOOLEAN NOT NULL DEFAULT false,
    "allowBoothChoice" BOOLEAN NOT NULL DEFAULT true,
    "holdHours" INTEGER NOT NULL DEFAULT 48,
    "planWidth" INTEGER NOT NULL DEFAULT 40,
    "planDepth" INTEGER NOT NULL DEFAULT 20,
    "planAisles" TEXT NOT NULL DEFAULT '',
    "entranceX" INTEGER,
    "entranceY" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fair_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Fair_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Fair_holdHours_check" CHECK ("holdHours" > 0),
    CONSTRAINT "Fair_plan_check" CHECK ("planWidth" > 0 AND "planDepth" > 0),
    CONSTRAINT "Fair_eligibleCategoryId_fkey" FOREIGN KEY ("eligibleCategoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Fair" ("communeCode", "createdAt", "description", "endsAt", "id", "name", "planDepth", "planWidth", "provinceCode", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "status", "updatedAt", "venue") SELECT "communeCode", "createdAt", "description", "endsAt", "id", "name", "planDepth", "planWidth", "provinceCode", "registrationClosesAt", "registrationOpensAt", "slug", "startsAt", "status", "updatedAt", "venue" FROM "Fair";
DROP TABLE "Fair";
ALTER TABLE "new_Fair" RENAME TO "Fair";
CREATE UNIQUE INDEX "Fair_slug_key" ON "Fair"("slug");
CREATE INDEX "Fair_status_startsAt_idx" ON "Fair"("status", "startsAt");
CREATE TABLE "new_BoothType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fairId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "widthM" INTEGER NOT NULL,
    "depthM" INTEGER NOT NULL,
    "feeVnd" INTEGER NOT NULL,
    "includesTable" BOOLEAN NOT NULL DEFAULT true,
    "includesChairs" BOOLEAN NOT NULL DEFAULT true,
    "includesElectricity" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "BoothType_fee_check" CHECK ("feeVnd" >= 0),
    CONSTRAINT "BoothType_size_check" CHECK ("widthM" > 0 AND "depthM" > 0),
    CONSTRAINT "BoothType_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BoothType" ("depthM", "fairId", "feeVnd", "id", "name", "widthM") SELECT "depthM", "fairId", "feeVnd", "id", "name", "widthM" FROM "BoothType";
DROP TABLE "BoothType";
ALTER TABLE "new_BoothType" RENAME TO "BoothType";
CREATE TABLE "new_FairRegistration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fairId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "boothTypeId" TEXT NOT NULL,
    "boothId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "feeVnd" INTEGER NOT NULL,
    "waiverRequested" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "holdExpiresAt" DATETIME,
    "decisionReason" TEXT,
    "passCode" TEXT,
    "checkedInAt" DATETIME,
    "checkedInById" TEXT,
    "salesVnd" BIGINT,
    "visitors" INTEGER,
    "contacts" INTEGER,
    "resultComment" TEXT,
    "resultsReportedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FairRegistration_fee_check" CHECK ("feeVnd" >= 0),
    CONSTRAINT "FairRegistration_waitlist_no_booth_check" CHECK ("status" <> 'WAITLISTED' OR "boothId" IS NULL),
    CONSTRAINT "FairRegistration_results_check" CHECK (("salesVnd" IS NULL OR "salesVnd" >= 0) AND ("visitors" IS NULL OR "visitors" >= 0) AND ("contacts" IS NULL OR "contacts" >= 0)),
    CONSTRAINT "FairRegistration_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "Fair" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FairRegistration_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FairRegistration_boothTypeId_fkey" FOREIGN KEY ("boothTypeId") REFERENCES "BoothType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FairRegistration_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "Booth" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FairRegistration" ("boothId", "boothTypeId", "businessId", "checkedInAt", "createdAt", "fairId", "feeVnd", "id", "note", "salesVnd", "status", "updatedAt", "visitors", "waiverRequested") SELECT "boothId", "boothTypeId", "businessId", "checkedInAt", "createdAt", "fairId", "feeVnd", "id", "note", "salesVnd", "status", "updatedAt", "visitors", "waiverRequested" FROM "FairRegistration";
DROP TABLE "FairRegistration";
ALTER TABLE "new_FairRegistration" RENAME TO "FairRegistration";
CREATE UNIQUE INDEX "FairRegistration_passCode_key" ON "FairRegistration"("passCode");
CREATE INDEX "FairRegistration_fairId_businessId_idx" ON "FairRegistration"("fairId", "businessId");
CREATE INDEX "FairRegistration_boothId_status_idx" ON "FairRegistration"("boothId", "status");
CREATE INDEX "FairRegistration_fairId_boothTypeId_status_idx" ON "FairRegistration"("fairId", "boothTypeId", "status");
CREATE INDEX "FairRegistration_status_holdExpiresAt_idx" ON "FairRegistration"("status", "holdExpiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FairExhibit_productId_idx" ON "FairExhibit"("productId");


-- The rebuild dropped the init migration's partial index; recreate it unchanged:
-- a booth is held by at most one active (PENDING or APPROVED) registration.
CREATE UNIQUE INDEX "FairRegistration_active_booth_key" ON "FairRegistration"("boothId")
  WHERE "boothId" IS NOT NULL AND "status" IN ('PENDING', 'APPROVED');

-- Replaces @@unique([fairId, businessId]): a business may register again after cancelling or
-- being rejected, but has at most one active (PENDING, APPROVED or WAITLISTED) registration.
CREATE UNIQUE INDEX "FairRegistration_active_business_key" ON "FairRegistration"("fairId", "businessId")
  WHERE "status" IN ('PENDING', 'APPROVED', 'WAITLISTED');

-- A booth belongs to the fair of the registration that holds it.
CREATE TRIGGER "FairRegistration_booth_fair_insert" BEFORE INSERT ON "FairRegistration"
WHEN NEW."boothId" IS NOT NULL AND (SELECT "fairId" FROM "Booth" WHERE "id" = NEW."boothId") IS NOT NEW."fairId"
BEGIN
  SELECT RAISE(ABORT, 'booth belongs to another fair');
END;
CREATE TRIGGER "FairRegistration_booth_fair_update" BEFORE UPDATE OF "boothId", "fairId" ON "FairRegistration"
WHEN NEW."boothId" IS NOT NULL AND (SELECT "fairId" FROM "Booth" WHERE "id" = NEW."boothId") IS NOT NEW."fairId"
BEGIN
  SELECT RAISE(ABORT, 'booth belongs to another fair');
END;
-- The same for the booth type, and a booth never moves to another fair.
CREATE TRIGGER "FairRegistration_booth_type_fair_insert" BEFORE INSERT ON "FairRegistration"
WHEN (SELECT "fairId" FROM "BoothType" WHERE "id" = NEW."boothTypeId") IS NOT NEW."fairId"
BEGIN
  SELECT RAISE(ABORT, 'booth type belongs to another fair');
END;
CREATE TRIGGER "Booth_fair_immutable" BEFORE UPDATE OF "fairId" ON "Booth"
WHEN NEW."fairId" IS NOT OLD."fairId"
BEGIN
  SELECT RAISE(ABORT, 'a booth cannot move to another fair');
END;

-- Payment.registrationId is ON DELETE SET NULL (payments model, not ours): deleting a
-- registration that has payments would silently detach them, so it is refused.
CREATE TRIGGER "FairRegistration_keep_payments" BEFORE DELETE ON "FairRegistration"
WHEN EXISTS (SELECT 1 FROM "Payment" WHERE "registrationId" = OLD."id")
BEGIN
  SELECT RAISE(ABORT, 'registration has payments');
END;
