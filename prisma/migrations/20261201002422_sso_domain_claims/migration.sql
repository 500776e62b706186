-- CreateEnum
CREATE TYPE "DomainClaimStatus" AS ENUM ('pending', 'verified', 'refused', 'revoked');

-- CreateEnum
CREATE TYPE "DomainVerificationMethod" AS ENUM ('dns_txt', 'owner_approval');

-- CreateTable
CREATE TABLE "sso_domain_claims" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "status" "DomainClaimStatus" NOT NULL DEFAULT 'pending',
    "active_domain" TEXT,
    "method" "DomainVerificationMethod",
    "verification_token" TEXT NOT NULL,
    "verified_at" TIMESTAMPTZ(6),
    "verified_by_id" UUID,
    "last_check_at" TIMESTAMPTZ(6),
    "last_check_error" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "sso_domain_claims_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sso_domain_claims_active_domain_key" ON "sso_domain_claims"("active_domain");

-- CreateIndex
CREATE UNIQUE INDEX "sso_domain_claims_tenant_id_domain_key" ON "sso_domain_claims"("tenant_id", "domain");

-- AddForeignKey
ALTER TABLE "sso_domain_claims" ADD CONSTRAINT "sso_domain_claims_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: every domain a tenant listed before claims existed becomes a PENDING claim with a
-- fresh token. Those domains were never proven, so they stop routing sign-ins until the tenant
-- publishes the DNS record or the platform owner approves (docs/operations.md → Upgrading).
-- ON CONFLICT: should two tenants somehow list the same domain, the first keeps the claim.
INSERT INTO "sso_domain_claims" ("id", "tenant_id", "domain", "status", "active_domain", "verification_token", "updated_at")
SELECT gen_random_uuid(), c."tenant_id", d.domain, 'pending', d.domain, replace(gen_random_uuid()::text, '-', ''), now()
FROM "tenant_sso_configs" c CROSS JOIN LATERAL unnest(c."allowed_domains") AS d(domain)
ON CONFLICT DO NOTHING;
