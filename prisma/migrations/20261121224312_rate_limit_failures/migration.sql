-- CreateTable
CREATE TABLE "RateLimitFailure" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitFailure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RateLimitFailure_scope_key_at_idx" ON "RateLimitFailure"("scope", "key", "at");

-- CreateIndex
CREATE INDEX "RateLimitFailure_scope_at_idx" ON "RateLimitFailure"("scope", "at");
