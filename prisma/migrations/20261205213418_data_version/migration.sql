-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The one row the answer cache reads, there from the start so that a write only updates it.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
