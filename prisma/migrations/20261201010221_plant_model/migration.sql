-- CreateEnum
CREATE TYPE "AssetType" AS ENUM ('pump', 'compressor', 'heat_exchanger', 'reactor', 'vessel', 'column', 'turbine', 'tank', 'valve', 'motor', 'analyzer', 'line');

-- CreateEnum
CREATE TYPE "AssetCriticality" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "AssetStatus" AS ENUM ('active', 'retired');

-- CreateEnum
CREATE TYPE "AssetLinkMedium" AS ENUM ('feed', 'product', 'cooling_water', 'steam', 'fuel_gas', 'recycle', 'purge', 'other');

-- CreateEnum
CREATE TYPE "SignalKind" AS ENUM ('measurement', 'manipulated_variable', 'setpoint', 'state', 'alarm');

-- CreateTable
CREATE TABLE "sites" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "code_key" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sites_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "units" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "site_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "code_key" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "assets" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "parent_id" UUID,
    "tag" TEXT NOT NULL,
    "tag_key" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "type" "AssetType" NOT NULL,
    "criticality" "AssetCriticality" NOT NULL,
    "status" "AssetStatus" NOT NULL DEFAULT 'active',
    "manufacturer" TEXT,
    "model" TEXT,
    "install_date" DATE,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "assets_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "asset_links" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "from_asset_id" UUID NOT NULL,
    "to_asset_id" UUID NOT NULL,
    "medium" "AssetLinkMedium" NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "asset_links_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "signals" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "tag" TEXT NOT NULL,
    "tag_key" TEXT NOT NULL,
    "description" TEXT,
    "unit" TEXT,
    "kind" "SignalKind" NOT NULL,
    "critical_low" DOUBLE PRECISION,
    "warning_low" DOUBLE PRECISION,
    "normal_low" DOUBLE PRECISION,
    "normal_high" DOUBLE PRECISION,
    "warning_high" DOUBLE PRECISION,
    "critical_high" DOUBLE PRECISION,
    "sample_interval_seconds" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "signals_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sites_tenant_id_code_key_key" ON "sites"("tenant_id", "code_key");

-- CreateIndex
CREATE INDEX "units_tenant_id_site_id_idx" ON "units"("tenant_id", "site_id");

-- CreateIndex
CREATE UNIQUE INDEX "units_tenant_id_code_key_key" ON "units"("tenant_id", "code_key");

-- CreateIndex
CREATE INDEX "assets_tenant_id_unit_id_idx" ON "assets"("tenant_id", "unit_id");

-- CreateIndex
CREATE INDEX "assets_tenant_id_parent_id_idx" ON "assets"("tenant_id", "parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "assets_tenant_id_tag_key_key" ON "assets"("tenant_id", "tag_key");

-- CreateIndex
CREATE INDEX "asset_links_tenant_id_to_asset_id_idx" ON "asset_links"("tenant_id", "to_asset_id");

-- CreateIndex
CREATE UNIQUE INDEX "asset_links_tenant_id_from_asset_id_to_asset_id_medium_key" ON "asset_links"("tenant_id", "from_asset_id", "to_asset_id", "medium");

-- CreateIndex
CREATE INDEX "signals_tenant_id_asset_id_idx" ON "signals"("tenant_id", "asset_id");

-- CreateIndex
CREATE UNIQUE INDEX "signals_tenant_id_tag_key_key" ON "signals"("tenant_id", "tag_key");

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "sites"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_id_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "units"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_id_parent_id_fkey" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "assets"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_links" ADD CONSTRAINT "asset_links_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_links" ADD CONSTRAINT "asset_links_tenant_id_from_asset_id_fkey" FOREIGN KEY ("tenant_id", "from_asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asset_links" ADD CONSTRAINT "asset_links_tenant_id_to_asset_id_fkey" FOREIGN KEY ("tenant_id", "to_asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signals" ADD CONSTRAINT "signals_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signals" ADD CONSTRAINT "signals_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
