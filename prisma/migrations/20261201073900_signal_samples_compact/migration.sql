-- CreateTable
CREATE TABLE "signal_samples_compact" (
    "tenant_id" UUID NOT NULL,
    "signal_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(6) NOT NULL,
    "count" INTEGER NOT NULL,
    "offsets_us" BIGINT[],
    "sample_values" DOUBLE PRECISION[],
    "qualities" TEXT,

    CONSTRAINT "signal_samples_compact_pkey" PRIMARY KEY ("tenant_id","signal_id","hour")
);
