-- CreateTable
CREATE TABLE "signal_rollups_hourly" (
    "tenant_id" UUID NOT NULL,
    "signal_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(6) NOT NULL,
    "min" DOUBLE PRECISION NOT NULL,
    "max" DOUBLE PRECISION NOT NULL,
    "sum" DOUBLE PRECISION NOT NULL,
    "count" INTEGER NOT NULL,
    "last_ts" TIMESTAMPTZ(6) NOT NULL,
    "last_value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "signal_rollups_hourly_pkey" PRIMARY KEY ("tenant_id","signal_id","hour")
);

-- Added by hand: hourly rollups of the samples stored before this migration (ingest keeps them
-- from now on, lib/db/sample-store.ts).
INSERT INTO "signal_rollups_hourly" ("tenant_id", "signal_id", "hour", "min", "max", "sum", "count", "last_ts", "last_value")
SELECT "tenant_id", "signal_id", date_bin(INTERVAL '1 hour', "ts", TIMESTAMPTZ '2000-01-01 00:00:00+00'),
       min("value"), max("value"), sum("value"), count(*)::int, max("ts"),
       (array_agg("value" ORDER BY "ts" DESC))[1]
FROM "signal_samples"
GROUP BY 1, 2, 3;
