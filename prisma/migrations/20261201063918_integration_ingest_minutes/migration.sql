-- CreateTable
CREATE TABLE "integration_ingest_minutes" (
    "tenant_id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "minute" TIMESTAMPTZ(6) NOT NULL,
    "received" BIGINT NOT NULL DEFAULT 0,
    "inserted" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "integration_ingest_minutes_pkey" PRIMARY KEY ("tenant_id","integration_id","minute")
);

-- CreateIndex
CREATE INDEX "integration_ingest_minutes_minute_idx" ON "integration_ingest_minutes"("minute");
