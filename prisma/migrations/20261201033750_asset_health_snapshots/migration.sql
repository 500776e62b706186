-- CreateEnum
CREATE TYPE "HealthStatus" AS ENUM ('normal', 'warning', 'critical', 'unknown');

-- CreateTable
CREATE TABLE "asset_health_snapshots" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "computed_at" TIMESTAMPTZ(6) NOT NULL,
    "score" DOUBLE PRECISION,
    "failure_probability" DOUBLE PRECISION,
    "horizon_hours" INTEGER NOT NULL,
    "status" "HealthStatus" NOT NULL,
    "factors" JSONB NOT NULL DEFAULT '[]',
    "model_version" TEXT NOT NULL,

    CONSTRAINT "asset_health_snapshots_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "asset_health_snapshots_tenant_id_asset_id_computed_at_idx" ON "asset_health_snapshots"("tenant_id", "asset_id", "computed_at" DESC);

-- CreateIndex
CREATE INDEX "asset_health_snapshots_computed_at_idx" ON "asset_health_snapshots"("computed_at");

-- AddForeignKey
ALTER TABLE "asset_health_snapshots" ADD CONSTRAINT "asset_health_snapshots_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_health_snapshots" ADD CONSTRAINT "asset_health_snapshots_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
