import { db } from "@/lib/db/client";
import type { LifecycleStage, ObligationStatus, Tier } from "@/lib/db/generated/client";
import { refreshReadiness } from "@/lib/dal/dashboard/internal/readiness";

// Rows written straight to the database (as the classification code would leave them), so the dashboard is
// tested against data it did not produce itself.

export type SystemSpec = {
  name?: string;
  tier?: Tier | null;
  disposition?: "FINAL" | "REQUIRES_REVIEW" | "UNDETERMINED" | null;
  possibleTier?: Tier | null;
  roles?: string[];
  businessUnit?: string;
  lifecycleStage?: LifecycleStage;
  ownerId?: string | null;
};

export async function makeSystem(organizationId: string, spec: SystemSpec = {}): Promise<string> {
  const tier = spec.tier ?? null;
  const row = await db().aiSystem.create({
    data: {
      organizationId,
      name: spec.name ?? "System",
      businessUnit: spec.businessUnit ?? "",
      lifecycleStage: spec.lifecycleStage ?? "IN_PRODUCTION",
      ownerId: spec.ownerId ?? null,
      tier,
      possibleTier: spec.possibleTier === undefined ? tier : spec.possibleTier,
      disposition: spec.disposition === undefined ? (tier ? "FINAL" : null) : spec.disposition,
      roles: spec.roles ?? [],
      memberStates: ["DE"],
      affectedPersons: [],
      dataCategories: [],
    },
    select: { id: true },
  });
  return row.id;
}

export type ObligationSpec = {
  code?: string;
  role?: string;
  article?: string;
  status?: ObligationStatus;
  appliesFrom?: string;
  dueDate?: string | null;
  ownerId?: string | null;
  obsolete?: boolean;
};

let counter = 0;

export async function addObligations(organizationId: string, systemId: string, specs: ObligationSpec[]): Promise<void> {
  await db().obligation.createMany({
    data: specs.map((o) => {
      const appliesFrom = new Date(o.appliesFrom ?? "2027-12-02");
      return {
        organizationId,
        systemId,
        code: o.code ?? `test.duty_${++counter}`,
        role: o.role ?? "provider",
        article: o.article ?? "Art 9",
        title: "Test duty",
        appliesFrom,
        status: o.status ?? "NOT_STARTED",
        ownerId: o.ownerId ?? null,
        dueDate: o.dueDate === undefined ? appliesFrom : o.dueDate && new Date(o.dueDate),
        obsoleteAt: o.obsolete ? new Date() : null,
      };
    }),
  });
  await db().$transaction((tx) => refreshReadiness(tx, systemId));
}
