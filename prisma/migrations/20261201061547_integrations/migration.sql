-- CreateEnum
CREATE TYPE "IntegrationKind" AS ENUM ('opcua', 'mqtt', 'sql_historian', 'rest_push', 'csv', 'demo');

-- CreateEnum
CREATE TYPE "IntegrationStatus" AS ENUM ('pending', 'connected', 'degraded', 'error', 'disabled');

-- CreateEnum
CREATE TYPE "MappingTagState" AS ENUM ('ok', 'error');

-- AlterTable
ALTER TABLE "signal_latest" ADD COLUMN     "external_tag" TEXT,
ADD COLUMN     "integration_id" UUID;

-- CreateTable
CREATE TABLE "integrations" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "IntegrationKind" NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "sealed_secrets" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "status" "IntegrationStatus" NOT NULL DEFAULT 'pending',
    "last_error_code" TEXT,
    "last_error_detail" TEXT,
    "last_error_at" TIMESTAMPTZ(6),
    "last_data_at" TIMESTAMPTZ(6),
    "status_at" TIMESTAMPTZ(6),
    "samples_received" BIGINT NOT NULL DEFAULT 0,
    "samples_inserted" BIGINT NOT NULL DEFAULT 0,
    "samples_duplicate" BIGINT NOT NULL DEFAULT 0,
    "samples_rejected_future" BIGINT NOT NULL DEFAULT 0,
    "samples_rejected_old" BIGINT NOT NULL DEFAULT 0,
    "samples_rejected_invalid" BIGINT NOT NULL DEFAULT 0,
    "samples_unmapped" BIGINT NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "integrations_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "external_signal_mappings" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "external_tag" TEXT NOT NULL,
    "signal_id" UUID NOT NULL,
    "source_unit" TEXT,
    "scale" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "offset" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "deadband" DOUBLE PRECISION,
    "tag_state" "MappingTagState" NOT NULL DEFAULT 'ok',
    "tag_error_code" TEXT,
    "tag_error_at" TIMESTAMPTZ(6),
    "last_seen_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "external_signal_mappings_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "integration_tags_seen" (
    "tenant_id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "external_tag" TEXT NOT NULL,
    "last_value" DOUBLE PRECISION,
    "last_ts" TIMESTAMPTZ(6),
    "last_seen_at" TIMESTAMPTZ(6) NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "integration_tags_seen_pkey" PRIMARY KEY ("tenant_id","integration_id","external_tag")
);

-- CreateIndex
CREATE INDEX "integrations_tenant_id_created_at_idx" ON "integrations"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "external_signal_mappings_tenant_id_signal_id_idx" ON "external_signal_mappings"("tenant_id", "signal_id");

-- CreateIndex
CREATE UNIQUE INDEX "external_signal_mappings_tenant_id_integration_id_external__key" ON "external_signal_mappings"("tenant_id", "integration_id", "external_tag");

-- AddForeignKey
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_signal_mappings" ADD CONSTRAINT "external_signal_mappings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_signal_mappings" ADD CONSTRAINT "external_signal_mappings_tenant_id_integration_id_fkey" FOREIGN KEY ("tenant_id", "integration_id") REFERENCES "integrations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_signal_mappings" ADD CONSTRAINT "external_signal_mappings_tenant_id_signal_id_fkey" FOREIGN KEY ("tenant_id", "signal_id") REFERENCES "signals"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_tags_seen" ADD CONSTRAINT "integration_tags_seen_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration_tags_seen" ADD CONSTRAINT "integration_tags_seen_tenant_id_integration_id_fkey" FOREIGN KEY ("tenant_id", "integration_id") REFERENCES "integrations"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
