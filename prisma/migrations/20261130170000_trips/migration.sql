-- CreateTable
CREATE TABLE "TripCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stopId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "checkedInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInById" TEXT,
    CONSTRAINT "TripCheckIn_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TripStop" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TripCheckIn_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TripParticipant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TripInspection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stopId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "vietnameseOrigin" BOOLEAN NOT NULL,
    "labelling" BOOLEAN NOT NULL,
    "expiryDates" BOOLEAN NOT NULL,
    "pricesDisplayed" BOOLEAN NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "notes" TEXT,
    "inspectorId" TEXT,
    "inspectedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TripInspection_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TripStop" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TripInspection_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TripParticipant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TripInspectionPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "inspectionId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    CONSTRAINT "TripInspectionPhoto_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "TripInspection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TripInspectionPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TripStopSale" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stopId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "salesVnd" BIGINT NOT NULL,
    "reportedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedById" TEXT,
    CONSTRAINT "TripStopSale_salesVnd_check" CHECK ("salesVnd" >= 0),
    CONSTRAINT "TripStopSale_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "TripStop" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TripStopSale_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TripParticipant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Trip" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "feeVnd" INTEGER NOT NULL DEFAULT 0,
    "capacity" INTEGER NOT NULL DEFAULT 20,
    "cancelReason" TEXT,
    "verifiedOnly" BOOLEAN NOT NULL DEFAULT true,
    "openToApplications" BOOLEAN NOT NULL DEFAULT false,
    "eligibleCategoryId" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Trip_feeVnd_check" CHECK ("feeVnd" >= 0),
    CONSTRAINT "Trip_capacity_check" CHECK ("capacity" >= 1),
    CONSTRAINT "Trip_dates_check" CHECK ("endsOn" >= "startsOn"),
    CONSTRAINT "Trip_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'FINISHED', 'CANCELLED')),
    CONSTRAINT "Trip_eligibleCategoryId_fkey" FOREIGN KEY ("eligibleCategoryId") REFERENCES "Category" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Trip" ("capacity", "createdAt", "description", "endsOn", "feeVnd", "id", "name", "slug", "startsOn", "status", "updatedAt") SELECT "capacity", "createdAt", "description", "endsOn", "feeVnd", "id", "name", "slug", "startsOn", "status", CURRENT_TIMESTAMP FROM "Trip";
DROP TABLE "Trip";
ALTER TABLE "new_Trip" RENAME TO "Trip";
CREATE UNIQUE INDEX "Trip_slug_key" ON "Trip"("slug");
CREATE INDEX "Trip_status_startsOn_idx" ON "Trip"("status", "startsOn");
CREATE TABLE "new_TripStop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tripId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "communeCode" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "address" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "changedAt" DATETIME,
    "previousStartsAt" DATETIME,
    "previousVenue" TEXT,
    "visitors" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TripStop_position_check" CHECK ("position" >= 1),
    CONSTRAINT "TripStop_times_check" CHECK ("endsAt" > "startsAt"),
    CONSTRAINT "TripStop_visitors_check" CHECK ("visitors" IS NULL OR "visitors" >= 0),
    CONSTRAINT "TripStop_location_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL) AND ("latitude" IS NULL OR ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180))),
    CONSTRAINT "TripStop_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TripStop_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "Commune" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_TripStop" ("communeCode", "endsAt", "id", "position", "startsAt", "tripId", "venue", "updatedAt") SELECT "communeCode", "endsAt", "id", "position", "startsAt", "tripId", "venue", CURRENT_TIMESTAMP FROM "TripStop";
DROP TABLE "TripStop";
ALTER TABLE "new_TripStop" RENAME TO "TripStop";
CREATE UNIQUE INDEX "TripStop_tripId_position_key" ON "TripStop"("tripId", "position");
CREATE TABLE "new_TripParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tripId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "origin" TEXT NOT NULL DEFAULT 'APPLIED',
    "feeVnd" INTEGER NOT NULL,
    "waiverRequested" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "invitedAt" DATETIME,
    "invitedById" TEXT,
    "respondedAt" DATETIME,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    "waitlistedAt" DATETIME,
    "passCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TripParticipant_feeVnd_check" CHECK ("feeVnd" >= 0),
    CONSTRAINT "TripParticipant_status_check" CHECK ("status" IN ('INVITED', 'PENDING', 'APPROVED', 'WAITLISTED', 'DECLINED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT "TripParticipant_origin_check" CHECK ("origin" IN ('INVITED', 'APPLIED')),
    CONSTRAINT "TripParticipant_waitlist_check" CHECK (("status" = 'WAITLISTED') = ("waitlistedAt" IS NOT NULL) OR "status" <> 'WAITLISTED'),
    CONSTRAINT "TripParticipant_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TripParticipant_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TripParticipant" ("businessId", "createdAt", "feeVnd", "id", "status", "tripId", "waiverRequested", "updatedAt") SELECT "businessId", "createdAt", "feeVnd", "id", "status", "tripId", "waiverRequested", CURRENT_TIMESTAMP FROM "TripParticipant";
DROP TABLE "TripParticipant";
ALTER TABLE "new_TripParticipant" RENAME TO "TripParticipant";
CREATE UNIQUE INDEX "TripParticipant_passCode_key" ON "TripParticipant"("passCode");
CREATE INDEX "TripParticipant_tripId_status_idx" ON "TripParticipant"("tripId", "status");
CREATE INDEX "TripParticipant_businessId_idx" ON "TripParticipant"("businessId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "TripCheckIn_stopId_participantId_key" ON "TripCheckIn"("stopId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "TripInspection_stopId_participantId_key" ON "TripInspection"("stopId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "TripInspectionPhoto_fileId_key" ON "TripInspectionPhoto"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "TripStopSale_stopId_participantId_key" ON "TripStopSale"("stopId", "participantId");


-- One live participation per business and trip; after declining or cancelling a business may
-- apply again (so not a plain unique index).
CREATE UNIQUE INDEX "TripParticipant_live_business" ON "TripParticipant"("tripId", "businessId")
  WHERE "status" IN ('INVITED', 'PENDING', 'APPROVED', 'WAITLISTED');

-- Capacity: approved participants never exceed the trip's capacity, whatever writes them.
CREATE TRIGGER "TripParticipant_capacity_insert" BEFORE INSERT ON "TripParticipant"
WHEN NEW."status" = 'APPROVED'
BEGIN
  SELECT RAISE(ABORT, 'trip capacity exceeded')
  WHERE (SELECT COUNT(*) FROM "TripParticipant" WHERE "tripId" = NEW."tripId" AND "status" = 'APPROVED')
        >= (SELECT "capacity" FROM "Trip" WHERE "id" = NEW."tripId");
END;
CREATE TRIGGER "TripParticipant_capacity_update" BEFORE UPDATE OF "status", "tripId" ON "TripParticipant"
WHEN NEW."status" = 'APPROVED' AND (OLD."status" <> 'APPROVED' OR OLD."tripId" <> NEW."tripId")
BEGIN
  SELECT RAISE(ABORT, 'trip capacity exceeded')
  WHERE (SELECT COUNT(*) FROM "TripParticipant" WHERE "tripId" = NEW."tripId" AND "status" = 'APPROVED')
        >= (SELECT "capacity" FROM "Trip" WHERE "id" = NEW."tripId");
END;
CREATE TRIGGER "Trip_capacity_not_below_approved" BEFORE UPDATE OF "capacity" ON "Trip"
BEGIN
  SELECT RAISE(ABORT, 'capacity below approved participants')
  WHERE NEW."capacity" < (SELECT COUNT(*) FROM "TripParticipant" WHERE "tripId" = NEW."id" AND "status" = 'APPROVED');
END;

-- Stops of a trip are numbered 1..n, no gaps, no duplicates (ADR 0019). The unique index refuses
-- duplicates; these triggers refuse gaps. SQLite has no deferred (end-of-transaction) triggers,
-- so a reorder, which passes through states with gaps, first takes the trip's renumbering token
-- (a row in "TripStopRenumbering"), writes the stops, and gives the token back; while the token
-- is held the row triggers stand aside, and giving it back checks the whole trip at once.
-- Any write without the token must leave 1..n by itself.
CREATE TABLE "TripStopRenumbering" (
    "tripId" TEXT NOT NULL PRIMARY KEY,
    CONSTRAINT "TripStopRenumbering_tripId_fkey" FOREIGN KEY ("tripId") REFERENCES "Trip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TRIGGER "TripStopRenumbering_release" BEFORE DELETE ON "TripStopRenumbering"
WHEN EXISTS (SELECT 1 FROM "Trip" WHERE "id" = OLD."tripId")
BEGIN
  SELECT RAISE(ABORT, 'trip stops not numbered 1..n')
  WHERE (SELECT COALESCE(MAX("position"), 0) FROM "TripStop" WHERE "tripId" = OLD."tripId")
        <> (SELECT COUNT(*) FROM "TripStop" WHERE "tripId" = OLD."tripId");
END;
CREATE TRIGGER "TripStop_order_insert" AFTER INSERT ON "TripStop"
WHEN NOT EXISTS (SELECT 1 FROM "TripStopRenumbering" WHERE "tripId" = NEW."tripId")
BEGIN
  SELECT RAISE(ABORT, 'trip stops not numbered 1..n')
  WHERE (SELECT MAX("position") FROM "TripStop" WHERE "tripId" = NEW."tripId")
        <> (SELECT COUNT(*) FROM "TripStop" WHERE "tripId" = NEW."tripId");
END;
CREATE TRIGGER "TripStop_order_update" AFTER UPDATE OF "position", "tripId" ON "TripStop"
WHEN NOT EXISTS (SELECT 1 FROM "TripStopRenumbering" WHERE "tripId" IN (NEW."tripId", OLD."tripId"))
BEGIN
  SELECT RAISE(ABORT, 'trip stops not numbered 1..n')
  WHERE (SELECT COALESCE(MAX("position"), 0) FROM "TripStop" WHERE "tripId" = NEW."tripId")
        <> (SELECT COUNT(*) FROM "TripStop" WHERE "tripId" = NEW."tripId")
     OR (SELECT COALESCE(MAX("position"), 0) FROM "TripStop" WHERE "tripId" = OLD."tripId")
        <> (SELECT COUNT(*) FROM "TripStop" WHERE "tripId" = OLD."tripId");
END;
-- A trip being deleted takes its stops with it (cascade): its row is gone by then, so no check.
CREATE TRIGGER "TripStop_order_delete" AFTER DELETE ON "TripStop"
WHEN NOT EXISTS (SELECT 1 FROM "TripStopRenumbering" WHERE "tripId" = OLD."tripId")
  AND EXISTS (SELECT 1 FROM "Trip" WHERE "id" = OLD."tripId")
BEGIN
  SELECT RAISE(ABORT, 'trip stops not numbered 1..n')
  WHERE (SELECT COALESCE(MAX("position"), 0) FROM "TripStop" WHERE "tripId" = OLD."tripId")
        <> (SELECT COUNT(*) FROM "TripStop" WHERE "tripId" = OLD."tripId");
END;
