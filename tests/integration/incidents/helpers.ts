import { db } from "@/lib/db/client";
import { ZIncidentInput, type TIncidentInput } from "@/lib/validations/incidents";
import { ZMonitoringEventInput } from "@/lib/validations/monitoring";
import { createObligation } from "../obligations/helpers";
import { createOrganization, createSystem } from "../../helpers/factories";

// A high-risk system the organisation provides, with the obligations the engine derives for drift, accuracy and bias.
export async function highRiskSetup(name = "Credit scoring") {
  const org = await createOrganization("Inc");
  const systemId = await createSystem(org.organizationId, name);
  await db().aiSystem.update({ where: { id: systemId }, data: { tier: "HIGH", roles: ["provider", "deployer"] } });
  const pmm = await createObligation(org.organizationId, systemId, {
    code: "hr.post_market_monitoring",
    article: "Art 72",
    title: "Post-market monitoring",
  });
  const accuracy = await createObligation(org.organizationId, systemId, {
    code: "hr.accuracy_robustness",
    article: "Art 15",
    title: "Accuracy, robustness and cybersecurity",
  });
  const data = await createObligation(org.organizationId, systemId, {
    code: "hr.data_governance",
    article: "Art 10",
    title: "Data and data governance",
  });
  return { ...org, systemId, pmm, accuracy, data };
}

export const incidentInput = (systemId: string, fields: Partial<TIncidentInput> = {}) =>
  ZIncidentInput.parse({
    systemId,
    status: "OPEN",
    title: "Wrongful loan refusals",
    harm: "FUNDAMENTAL_RIGHTS",
    awareAt: "2026-11-20T09:00",
    ...fields,
  });

export const eventInput = (systemId: string, fields: Record<string, unknown> = {}) =>
  ZMonitoringEventInput.parse({
    systemId,
    kind: "DRIFT",
    metric: "psi",
    value: 0.31,
    threshold: 0.2,
    direction: "max",
    datasetRef: "loans-2026-10",
    ...fields,
  });
