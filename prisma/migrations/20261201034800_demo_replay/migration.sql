-- CreateTable
CREATE TABLE "demo_replays" (
    "tenant_id" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "advanced_at" TIMESTAMPTZ(6) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "demo_replays_pkey" PRIMARY KEY ("tenant_id","stream")
);

-- CreateTable
CREATE TABLE "demo_backfills" (
    "tenant_id" UUID NOT NULL,
    "from_ts" TIMESTAMPTZ(6) NOT NULL,
    "to_ts" TIMESTAMPTZ(6) NOT NULL,
    "step_seconds" INTEGER NOT NULL,
    "cursor_ts" TIMESTAMPTZ(6) NOT NULL,
    "finished_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "demo_backfills_pkey" PRIMARY KEY ("tenant_id")
);

-- AddForeignKey
ALTER TABLE "demo_replays" ADD CONSTRAINT "demo_replays_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demo_backfills" ADD CONSTRAINT "demo_backfills_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
