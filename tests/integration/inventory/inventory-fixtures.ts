import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { createOrganization } from "../../helpers/factories";
import type { SystemListInput } from "@/lib/dal/systems/system-list";

export const baseQuery: SystemListInput = { page: 1, pageSize: 100, sort: "name" };

type SystemFields = Partial<Omit<Prisma.AiSystemUncheckedCreateInput, "organizationId" | "name">>;

export async function makeSystem(organizationId: string, name: string, fields: SystemFields = {}): Promise<string> {
  const system = await db().aiSystem.create({
    data: { organizationId, name, memberStates: [], affectedPersons: [], dataCategories: [], roles: [], ...fields },
    select: { id: true },
  });
  return system.id;
}

// One organisation with a small, varied inventory, so every filter has something to find and something to leave out.
export async function inventoryOrganization() {
  const org = await createOrganization("Inventory");
  const { organizationId, admin } = org;
  const ids = {
    credit: await makeSystem(organizationId, "Credit scoring", {
      tier: "HIGH",
      disposition: "FINAL",
      roles: ["provider"],
      lifecycleStage: "IN_PRODUCTION",
      businessUnit: "Retail Banking",
      ownerId: admin.userId,
      obligationsApplicable: 10,
      obligationsDone: 10,
      vendor: "In-house",
    }),
    chatbot: await makeSystem(organizationId, "Customer chatbot", {
      tier: "LIMITED",
      disposition: "REQUIRES_REVIEW",
      roles: ["deployer"],
      lifecycleStage: "PILOT",
      businessUnit: "Customer Service",
      obligationsApplicable: 4,
      obligationsDone: 1,
      vendor: "Conversia SAS",
      description: "Answers account questions",
    }),
    cv: await makeSystem(organizationId, "CV screening", {
      tier: "HIGH",
      disposition: "REQUIRES_REVIEW",
      roles: ["deployer", "provider"],
      lifecycleStage: "PLANNED",
      businessUnit: "HR",
      obligationsApplicable: 6,
      obligationsDone: 0,
    }),
    draft: await makeSystem(organizationId, "Unclassified idea", {
      lifecycleStage: "PLANNED",
      businessUnit: "Retail Banking",
    }),
  };
  return { ...org, ids };
}
