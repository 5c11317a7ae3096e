import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "./helpers";

// The operations whose body the handler checks again after merging it over the stored record (or over the records
// it names), each with a real record to send to. A case's `fix` brings a generated body in line with what the
// document can only say in words: the version just read, records that exist, rules over the merged record.
type Body = Record<string, unknown>;
type Reply = Awaited<ReturnType<typeof call>>;
export type MergeCase = {
  operationId: string;
  send(body: unknown): Promise<Reply>;
  fix(body: Body): Body;
  // What a success changes that the next fix needs (the new version, the stored values).
  keep(reply: Reply): void;
};

const SYSTEM = {
  name: "Merged body system",
  intendedPurpose: "Scores credit applications.",
  businessUnit: "Retail",
  lifecycleStage: "PILOT",
  memberStates: ["DE"],
  dataCategories: ["PERSONAL"],
  isDraft: false,
};
const blank = (v: unknown) => v === "" || v === null || v === undefined || (Array.isArray(v) && v.length === 0);
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const named = (v: unknown) => text(v) !== "";

async function organisation() {
  const { organizationId, admin } = await createOrganization();
  return { organizationId, admin, token: await tokenFor(admin) };
}

const onceEach = (rows: Body[], key: string) =>
  rows.filter(
    (row, i) => !named(row?.[key]) || rows.findIndex((other) => text(other?.[key]) === text(row?.[key])) === i,
  );
const memberOr = (admin: UserActor, v: unknown, none: "" | null) => (named(v) ? admin.userId : none);

async function systemCase(): Promise<MergeCase> {
  const { admin, token } = await organisation();
  const created = await call("POST", "/systems", { token, json: SYSTEM });
  let stored = created.body as Body;
  const id = String(stored.id);
  return {
    operationId: "updateSystem",
    send: (json) => call("PATCH", "/systems/{id}", { token, params: { id }, json }),
    keep: (reply) => void (stored = reply.body as Body),
    fix: (body) => {
      const out: Body = { ...body, version: stored.version };
      if ("ownerId" in out) out.ownerId = memberOr(admin, out.ownerId, "");
      // "Each model name once", "each dataset name once" and a version once per model, as the server compares them:
      // trimmed (the document's descriptions say so).
      if (Array.isArray(out.models))
        out.models = onceEach(out.models as Body[], "name").map((m) =>
          Array.isArray(m.versions) ? { ...m, versions: onceEach(m.versions as Body[], "version") } : m,
        );
      if (Array.isArray(out.datasets)) out.datasets = onceEach(out.datasets as Body[], "name");
      const merged = { ...stored, ...out };
      // Unless the system after the change is a draft, it must stay filled (the description says so).
      if (merged.isDraft !== true) {
        for (const key of ["intendedPurpose", "businessUnit", "lifecycleStage", "dataCategories"] as const)
          if (blank(merged[key]) || (typeof merged[key] === "string" && !named(merged[key]))) out[key] = SYSTEM[key];
        const inEu = merged.outputUsedInEu;
        if (blank(merged.memberStates) && inEu !== true && inEu !== false && inEu !== "yes" && inEu !== "no")
          out.memberStates = SYSTEM.memberStates;
      }
      return out;
    },
  };
}

async function obligationCase(): Promise<MergeCase> {
  const { organizationId, admin, token } = await organisation();
  const systemId = await createSystem(organizationId, "Obligation system");
  const obligation = await db().obligation.create({
    data: {
      organizationId,
      systemId,
      code: "ART9",
      role: "provider",
      article: "Art 9",
      title: "Risk management",
      appliesFrom: new Date("2026-08-02"),
    },
  });
  // Evidence backs DONE, so the completion note is never required.
  const evidence = await call("POST", "/systems/{id}/evidence", {
    token,
    params: { id: systemId },
    json: { title: "Risk file", url: "https://example.com/risk", obligationId: obligation.id },
  });
  if (evidence.status !== 201) throw new Error(`evidence: ${JSON.stringify(evidence.body)}`);
  let stored: Body = { version: obligation.version, status: obligation.status, notApplicableReason: "" };
  const params = { id: systemId, obligationId: obligation.id };
  return {
    operationId: "updateObligation",
    send: (json) => call("PATCH", "/systems/{id}/obligations/{obligationId}", { token, params, json }),
    keep: (reply) => void (stored = reply.body as Body),
    fix: (body) => {
      const out: Body = { ...body, version: stored.version };
      if ("ownerId" in out) out.ownerId = memberOr(admin, out.ownerId, "");
      // "Each model name once", "each dataset name once" and a version once per model, as the server compares them:
      // trimmed (the document's descriptions say so).
      if (Array.isArray(out.models))
        out.models = onceEach(out.models as Body[], "name").map((m) =>
          Array.isArray(m.versions) ? { ...m, versions: onceEach(m.versions as Body[], "version") } : m,
        );
      if (Array.isArray(out.datasets)) out.datasets = onceEach(out.datasets as Body[], "name");
      const merged = { ...stored, ...out };
      if (merged.status === "NOT_APPLICABLE" && text(merged.notApplicableReason).length < 10)
        out.notApplicableReason = "No affected persons in the EU.";
      return out;
    },
  };
}

async function riskCase(): Promise<MergeCase> {
  const { organizationId, admin, token } = await organisation();
  const systemId = await createSystem(organizationId, "Risk system");
  const created = await call("POST", "/systems/{id}/risks", {
    token,
    params: { id: systemId },
    json: { title: "Unequal error rates", likelihood: 2, impact: 2 },
  });
  let stored = created.body as Body;
  const riskId = String(stored.id);
  return {
    operationId: "updateRisk",
    send: (json) => call("PATCH", "/risks/{riskId}", { token, params: { riskId }, json }),
    keep: (reply) => void (stored = reply.body as Body),
    fix: (body) => {
      const out: Body = { ...body, version: stored.version };
      if ("ownerId" in out) out.ownerId = memberOr(admin, out.ownerId, null);
      // A token accepts only a low or medium risk: the accepted risk is rated low after the change.
      if (out.treatment === "ACCEPT") Object.assign(out, { residualLikelihood: 1, residualImpact: 1 });
      // "Each model name once", "each dataset name once" and a version once per model, as the server compares them:
      // trimmed (the document's descriptions say so).
      if (Array.isArray(out.models))
        out.models = onceEach(out.models as Body[], "name").map((m) =>
          Array.isArray(m.versions) ? { ...m, versions: onceEach(m.versions as Body[], "version") } : m,
        );
      if (Array.isArray(out.datasets)) out.datasets = onceEach(out.datasets as Body[], "name");
      const merged = { ...stored, ...out };
      if ((merged.residualLikelihood === null) !== (merged.residualImpact === null))
        Object.assign(out, { residualLikelihood: 2, residualImpact: 2 });
      return out;
    },
  };
}

async function registeredVersion(token: string) {
  const model = await call("POST", "/models", { token, json: { name: "merged-model" } });
  const version = await call("POST", "/models/{id}/versions", {
    token,
    params: { id: model.body.id },
    json: { version: "1" },
  });
  return { modelId: String(model.body.id), name: "merged-model", version: "1", versionId: String(version.body.id) };
}

async function modelVersionCase(): Promise<MergeCase> {
  const { token } = await organisation();
  const { modelId } = await registeredVersion(token);
  return {
    operationId: "updateModelVersion",
    send: (json) =>
      call("PATCH", "/models/{id}/versions/{version}", { token, params: { id: modelId, version: "1" }, json }),
    keep: () => undefined,
    fix: (body) => body,
  };
}

async function monitoringCase(): Promise<MergeCase> {
  const { organizationId, token } = await organisation();
  const systemId = await createSystem(organizationId, "Monitored system");
  const registered = await registeredVersion(token);
  return {
    operationId: "recordMonitoringEvent",
    send: (json) => call("POST", "/systems/{id}/monitoring-events", { token, params: { id: systemId }, json }),
    keep: () => undefined,
    fix: (body) => {
      const out: Body = { ...body };
      if (named(out.modelVersionId)) out.modelVersionId = registered.versionId;
      // Only a pair is made real: one name alone breaks the rule the document states (dependentSchemas).
      if (named(out.model) && named(out.version)) Object.assign(out, { model: registered.name, version: "1" });
      return out;
    },
  };
}

export const MERGE_CASES: Record<string, () => Promise<MergeCase>> = {
  updateSystem: systemCase,
  updateObligation: obligationCase,
  updateRisk: riskCase,
  updateModelVersion: modelVersionCase,
  recordMonitoringEvent: monitoringCase,
};
