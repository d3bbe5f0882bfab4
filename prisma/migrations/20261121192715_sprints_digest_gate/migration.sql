-- CreateEnum
CREATE TYPE "EstimateUnit" AS ENUM ('points', 'hours');

-- CreateEnum
CREATE TYPE "WorkItemType" AS ENUM ('feature', 'debt', 'bug', 'other');

-- CreateEnum
CREATE TYPE "WorkItemStatus" AS ENUM ('planned', 'in_progress', 'done', 'dropped');

-- CreateEnum
CREATE TYPE "DigestChannel" AS ENUM ('email', 'slack');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "coverageMinimum" DOUBLE PRECISION NOT NULL DEFAULT 0.8;

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "budgetTarget" DOUBLE PRECISION NOT NULL DEFAULT 0.2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamProject" (
    "orgId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,

    CONSTRAINT "TeamProject_pkey" PRIMARY KEY ("teamId","projectId")
);

-- CreateTable
CREATE TABLE "Sprint" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "capacity" DOUBLE PRECISION,
    "unit" "EstimateUnit" NOT NULL DEFAULT 'points',
    "budgetTarget" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sprint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItem" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "sprintId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "externalKey" TEXT,
    "url" TEXT,
    "estimate" DOUBLE PRECISION,
    "type" "WorkItemType" NOT NULL DEFAULT 'feature',
    "category" "Category",
    "status" "WorkItemStatus" NOT NULL DEFAULT 'planned',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkItemModule" (
    "orgId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,

    CONSTRAINT "WorkItemModule_pkey" PRIMARY KEY ("workItemId","moduleId")
);

-- CreateTable
CREATE TABLE "WorkItemFinding" (
    "orgId" TEXT NOT NULL,
    "workItemId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "kind" TEXT NOT NULL,
    "file" TEXT,
    "symbol" TEXT,
    "remediationMinutes" INTEGER NOT NULL,

    CONSTRAINT "WorkItemFinding_pkey" PRIMARY KEY ("workItemId","fingerprint")
);

-- CreateTable
CREATE TABLE "ForecastTarget" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "category" "Category" NOT NULL,
    "metric" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestSubscription" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT,
    "teamId" TEXT,
    "channel" "DigestChannel" NOT NULL,
    "target" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "hour" INTEGER NOT NULL DEFAULT 8,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GateResult" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "commitSha" TEXT NOT NULL,
    "baseSha" TEXT,
    "branch" TEXT,
    "targetBranch" TEXT,
    "pullRequest" TEXT,
    "passed" BOOLEAN NOT NULL,
    "warnOnly" BOOLEAN NOT NULL DEFAULT false,
    "debtDelta" INTEGER NOT NULL,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GateResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_orgId_slug_key" ON "Team"("orgId", "slug");

-- CreateIndex
CREATE INDEX "TeamProject_projectId_idx" ON "TeamProject"("projectId");

-- CreateIndex
CREATE INDEX "Sprint_teamId_startDate_idx" ON "Sprint"("teamId", "startDate");

-- CreateIndex
CREATE INDEX "Sprint_orgId_idx" ON "Sprint"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Sprint_teamId_name_key" ON "Sprint"("teamId", "name");

-- CreateIndex
CREATE INDEX "WorkItem_sprintId_idx" ON "WorkItem"("sprintId");

-- CreateIndex
CREATE INDEX "WorkItem_orgId_idx" ON "WorkItem"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkItem_sprintId_externalKey_key" ON "WorkItem"("sprintId", "externalKey");

-- CreateIndex
CREATE INDEX "WorkItemModule_moduleId_idx" ON "WorkItemModule"("moduleId");

-- CreateIndex
CREATE INDEX "WorkItemFinding_fingerprint_idx" ON "WorkItemFinding"("fingerprint");

-- CreateIndex
CREATE INDEX "ForecastTarget_orgId_idx" ON "ForecastTarget"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "ForecastTarget_teamId_moduleId_metric_key" ON "ForecastTarget"("teamId", "moduleId", "metric");

-- CreateIndex
CREATE INDEX "DigestSubscription_orgId_idx" ON "DigestSubscription"("orgId");

-- CreateIndex
CREATE INDEX "DigestDelivery_status_nextAttemptAt_idx" ON "DigestDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_subscriptionId_week_key" ON "DigestDelivery"("subscriptionId", "week");

-- CreateIndex
CREATE INDEX "GateResult_projectId_createdAt_idx" ON "GateResult"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "GateResult_projectId_commitSha_idx" ON "GateResult"("projectId", "commitSha");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamProject" ADD CONSTRAINT "TeamProject_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamProject" ADD CONSTRAINT "TeamProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sprint" ADD CONSTRAINT "Sprint_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItem" ADD CONSTRAINT "WorkItem_sprintId_fkey" FOREIGN KEY ("sprintId") REFERENCES "Sprint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemModule" ADD CONSTRAINT "WorkItemModule_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemModule" ADD CONSTRAINT "WorkItemModule_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkItemFinding" ADD CONSTRAINT "WorkItemFinding_workItemId_fkey" FOREIGN KEY ("workItemId") REFERENCES "WorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastTarget" ADD CONSTRAINT "ForecastTarget_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastTarget" ADD CONSTRAINT "ForecastTarget_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSubscription" ADD CONSTRAINT "DigestSubscription_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "DigestSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GateResult" ADD CONSTRAINT "GateResult_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
