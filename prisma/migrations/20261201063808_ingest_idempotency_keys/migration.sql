-- CreateTable
CREATE TABLE "ingest_idempotency_keys" (
    "tenant_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER,
    "response" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ingest_idempotency_keys_pkey" PRIMARY KEY ("tenant_id","key")
);

-- CreateIndex
CREATE INDEX "ingest_idempotency_keys_tenant_id_created_at_idx" ON "ingest_idempotency_keys"("tenant_id", "created_at");

-- AddForeignKey
ALTER TABLE "ingest_idempotency_keys" ADD CONSTRAINT "ingest_idempotency_keys_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
