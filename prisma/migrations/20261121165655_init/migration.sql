-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'member', 'admin');

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('test', 'docs', 'complexity', 'duplication');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "debtModel" JSONB,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("orgId","userId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "repoUrl" TEXT,
    "defaultBranch" TEXT NOT NULL DEFAULT 'main',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectToken" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ProjectToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Module" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "owners" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Module_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scan" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "commitSha" TEXT NOT NULL,
    "branch" TEXT,
    "scannedAt" TIMESTAMP(3) NOT NULL,
    "committedAt" TIMESTAMP(3),
    "scannerName" TEXT NOT NULL,
    "scannerVersion" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lines" INTEGER NOT NULL,
    "testDebt" INTEGER NOT NULL,
    "docsDebt" INTEGER NOT NULL,
    "complexityDebt" INTEGER NOT NULL,
    "duplicationDebt" INTEGER NOT NULL,
    "totalDebt" INTEGER NOT NULL,
    "notes" JSONB,

    CONSTRAINT "Scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModuleSnapshot" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "scanId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "scannedAt" TIMESTAMP(3) NOT NULL,
    "files" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,
    "coveredLines" INTEGER,
    "validLines" INTEGER,
    "coveredBranches" INTEGER,
    "validBranches" INTEGER,
    "tests" INTEGER,
    "testFailures" INTEGER,
    "testsSkipped" INTEGER,
    "testDurationMs" DOUBLE PRECISION,
    "slowestTests" JSONB,
    "flakyTests" JSONB,
    "readme" BOOLEAN NOT NULL,
    "publicSymbols" INTEGER NOT NULL,
    "documentedSymbols" INTEGER NOT NULL,
    "complexityThreshold" INTEGER NOT NULL,
    "functions" INTEGER NOT NULL,
    "functionsOver" INTEGER NOT NULL,
    "maxCcn" INTEGER NOT NULL,
    "meanCcn" DOUBLE PRECISION NOT NULL,
    "nloc" INTEGER NOT NULL,
    "overThresholdNloc" INTEGER NOT NULL,
    "dupLines" INTEGER NOT NULL,
    "duplicatedLines" INTEGER NOT NULL,
    "clones" INTEGER NOT NULL,
    "churnCommits" INTEGER,
    "churnAuthors" INTEGER,
    "bugfixCommits" INTEGER,
    "testDebt" INTEGER NOT NULL,
    "docsDebt" INTEGER NOT NULL,
    "complexityDebt" INTEGER NOT NULL,
    "duplicationDebt" INTEGER NOT NULL,
    "totalDebt" INTEGER NOT NULL,

    CONSTRAINT "ModuleSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "kind" TEXT NOT NULL,
    "file" TEXT,
    "startLine" INTEGER,
    "endLine" INTEGER,
    "symbol" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold" DOUBLE PRECISION,
    "message" TEXT,
    "remediationMinutes" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "other" JSONB,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_orgId_slug_key" ON "Project"("orgId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectToken_tokenHash_key" ON "ProjectToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ProjectToken_projectId_idx" ON "ProjectToken"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Module_projectId_name_key" ON "Module"("projectId", "name");

-- CreateIndex
CREATE INDEX "Scan_projectId_scannedAt_idx" ON "Scan"("projectId", "scannedAt");

-- CreateIndex
CREATE INDEX "Scan_orgId_idx" ON "Scan"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Scan_projectId_commitSha_key" ON "Scan"("projectId", "commitSha");

-- CreateIndex
CREATE INDEX "ModuleSnapshot_moduleId_scannedAt_idx" ON "ModuleSnapshot"("moduleId", "scannedAt");

-- CreateIndex
CREATE INDEX "ModuleSnapshot_projectId_scannedAt_idx" ON "ModuleSnapshot"("projectId", "scannedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModuleSnapshot_scanId_moduleId_key" ON "ModuleSnapshot"("scanId", "moduleId");

-- CreateIndex
CREATE INDEX "Finding_snapshotId_category_idx" ON "Finding"("snapshotId", "category");

-- CreateIndex
CREATE INDEX "Finding_fingerprint_idx" ON "Finding"("fingerprint");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectToken" ADD CONSTRAINT "ProjectToken_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Module" ADD CONSTRAINT "Module_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scan" ADD CONSTRAINT "Scan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleSnapshot" ADD CONSTRAINT "ModuleSnapshot_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "Scan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleSnapshot" ADD CONSTRAINT "ModuleSnapshot_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ModuleSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
