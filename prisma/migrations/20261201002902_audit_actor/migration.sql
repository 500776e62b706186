-- CreateEnum
CREATE TYPE "AuditActorType" AS ENUM ('user', 'api_key', 'system');

-- AlterTable
ALTER TABLE "audit_logs" ADD COLUMN     "actor_type" "AuditActorType" NOT NULL DEFAULT 'user',
ADD COLUMN     "api_key_id" UUID,
ADD COLUMN     "api_key_name" TEXT,
ADD COLUMN     "api_key_prefix" TEXT,
ADD COLUMN     "system_actor" TEXT;

-- CreateIndex
CREATE INDEX "audit_logs_api_key_id_created_at_idx" ON "audit_logs"("api_key_id", "created_at");

-- Hand-written (schema.prisma cannot express it). Existing rows: a user id means that user acted
-- (API-key requests recorded the key's creator until now); rows without one were written by SSO
-- (just-in-time accounts, refused SSO sign-ins).
UPDATE "audit_logs"
SET "actor_type" = 'system',
    "system_actor" = CASE
      WHEN "action" = 'auth.sso_sign_in_refused' OR "after"->>'via' = 'sso_jit' THEN 'sso'
      ELSE 'unknown'
    END
WHERE "actor_user_id" IS NULL;

-- Never a blank actor: each actor type needs its own columns and no others.
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_check" CHECK (
  ("actor_type" = 'user' AND "actor_user_id" IS NOT NULL
    AND "api_key_id" IS NULL AND "api_key_name" IS NULL AND "api_key_prefix" IS NULL AND "system_actor" IS NULL)
  OR ("actor_type" = 'api_key' AND "actor_user_id" IS NOT NULL
    AND "api_key_id" IS NOT NULL AND "api_key_name" IS NOT NULL AND "api_key_prefix" IS NOT NULL
    AND "system_actor" IS NULL)
  OR ("actor_type" = 'system' AND "actor_user_id" IS NULL
    AND "api_key_id" IS NULL AND "api_key_name" IS NULL AND "api_key_prefix" IS NULL
    AND btrim(coalesce("system_actor", '')) <> '')
);
