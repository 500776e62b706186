-- CreateEnum
CREATE TYPE "SampleQuality" AS ENUM ('good', 'uncertain', 'bad');

-- CreateEnum
CREATE TYPE "SampleSource" AS ENUM ('demo', 'live');

-- CreateTable
-- Edited by hand: range-partitioned by time (schema.prisma cannot say so). Monthly partitions are
-- created by lib/db/sample-partitions.ts (ingest, and the worker job ahead of time); the drift test
-- knows this table is partitioned.
CREATE TABLE "signal_samples" (
    "tenant_id" UUID NOT NULL,
    "signal_id" UUID NOT NULL,
    "ts" TIMESTAMPTZ(6) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "quality" "SampleQuality" NOT NULL DEFAULT 'good',

    CONSTRAINT "signal_samples_pkey" PRIMARY KEY ("tenant_id","signal_id","ts")
) PARTITION BY RANGE ("ts");

-- CreateTable
CREATE TABLE "signal_latest" (
    "tenant_id" UUID NOT NULL,
    "signal_id" UUID NOT NULL,
    "ts" TIMESTAMPTZ(6) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "quality" "SampleQuality" NOT NULL,
    "source" "SampleSource" NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "signal_latest_pkey" PRIMARY KEY ("tenant_id","signal_id")
);

-- AddForeignKey
ALTER TABLE "signal_latest" ADD CONSTRAINT "signal_latest_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal_latest" ADD CONSTRAINT "signal_latest_tenant_id_signal_id_fkey" FOREIGN KEY ("tenant_id", "signal_id") REFERENCES "signals"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
