import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveDerogation, saveFria } from "@/lib/dal/legal-records/write";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { db } from "@/lib/db/client";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { one } from "../../helpers/expect-defined";
import { createOrganization, createSystem } from "../../helpers/factories";
import { call, tokenFor } from "../api/helpers";
import {
  DEROGATION_PROFILE,
  FULL_DEROGATION,
  FULL_FRIA,
  input as legalInput,
  legalOrganisation,
} from "../legal/helpers";
import { createObligation } from "../obligations/helpers";
import { apiOutcome, conflictNaming, editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How users edit an obligation (panel and API) and a legal record (FRIA, Art 6(3) sign-off) at the same moment.

async function obligationTarget() {
  const { organizationId } = await createOrganization("Race");
  const { editors, editor } = await editorsOf(organizationId);
  const systemId = await createSystem(organizationId, "Obligation race");
  const obligation = await createObligation(organizationId, systemId);
  const read = async () => {
    const row = await db().obligation.findUniqueOrThrow({
      where: { id: obligation.id },
      select: { version: true, dueDate: true },
    });
    return { version: row.version, value: row.dueDate?.toISOString().slice(0, 10) };
  };
  return {
    editors,
    editor,
    systemId,
    obligationId: obligation.id,
    read,
    audit: { entityId: obligation.id, action: "obligation.updated" },
  };
}

const dueDate = (i: number) => `2028-01-${String(i + 10)}`;

const obligationViaDal: Scenario = {
  entryPoint: "updateObligation (obligation panel action)",
  setup: async () => {
    const { editors, editor, obligationId, read, audit } = await obligationTarget();
    const edit = (i: number) =>
      ZUpdateObligation.parse({
        obligationId,
        version: 1,
        status: "IN_PROGRESS",
        ownerId: "",
        dueDate: dueDate(i),
        notApplicableReason: "",
      });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(updateObligation(editor(i).actor, edit(i))),
      read,
      expected: dueDate,
      audit,
    };
  },
};

const obligationViaApi: Scenario = {
  entryPoint: "PATCH /api/v1/systems/{id}/obligations/{obligationId}",
  setup: async () => {
    const { editors, systemId, obligationId, read, audit } = await obligationTarget();
    const tokens = await Promise.all(editors.map((e) => tokenFor(e.actor, ["read", "evidence:write"])));
    const edit = (i: number) =>
      call("PATCH", "/systems/{id}/obligations/{obligationId}", {
        token: one(tokens, i, "token"),
        params: { id: systemId, obligationId },
        json: { version: 1, dueDate: dueDate(i) },
      });
    return { editors, versionBefore: 1, edit: (i) => apiOutcome(edit(i)), read, expected: dueDate, audit };
  },
};

// version 1: RACERS edits of an existing FRIA; version 0: RACERS people creating the system's first FRIA at once.
const friaEdit = (versionBefore: number): Scenario => ({
  entryPoint: versionBefore ? "saveFria (legal record editor), existing record" : "saveFria, first save of the record",
  setup: async () => {
    const org = await legalOrganisation();
    const { editors, editor } = await editorsOf(org.organizationId);
    if (versionBefore) await saveFria(org.admin, legalInput(org.systemId, FULL_FRIA));
    const where = { organizationId: org.organizationId, systemId: org.systemId, kind: "FRIA" as const };
    return {
      editors,
      versionBefore,
      edit: (i) =>
        outcomeOf(
          saveFria(
            editor(i).actor,
            legalInput(org.systemId, { ...FULL_FRIA, risks: `Risk ${i}` }, { version: versionBefore }),
          ),
        ),
      read: async () => {
        const row = await db().legalRecord.findFirstOrThrow({ where, select: { version: true, content: true } });
        return { version: row.version, value: (row.content as Record<string, string>).risks };
      },
      expected: (i) => `Risk ${i}`,
      audit: { systemId: org.systemId, action: versionBefore ? "legal_record.updated" : "legal_record.created" },
    };
  },
});

// Legal's sign-off of an Art 6(3) assessment, by RACERS people at once: one signature, the others told who signed.
const derogationSignOff: Scenario = {
  entryPoint: "signOffDerogation (legal sign-off)",
  setup: async () => {
    const org = await legalOrganisation(DEROGATION_PROFILE);
    const { editors, editor } = await editorsOf(org.organizationId);
    await saveDerogation(org.compliance, legalInput(org.systemId, FULL_DEROGATION, { complete: true }));
    const where = { organizationId: org.organizationId, systemId: org.systemId, kind: "DEROGATION" as const };
    const read = async () => {
      const row = await db().legalRecord.findFirstOrThrow({ where, select: { version: true, signedOffById: true } });
      return { version: row.version, value: row.signedOffById };
    };
    const edit = (i: number) => outcomeOf(signOffDerogation(editor(i).actor, { systemId: org.systemId, version: 1 }));
    const conflict = (winner: string) => conflictNaming(winner, /^(Already signed off|Changed) by WINNER at /);
    return {
      editors,
      versionBefore: 1,
      edit,
      read,
      expected: (i) => editor(i).actor.userId,
      audit: { systemId: org.systemId, action: "legal_record.signed_off" },
      conflict,
    };
  },
};

export const OBLIGATION_SCENARIOS = [obligationViaDal, obligationViaApi];
export const LEGAL_RECORD_SCENARIOS = [friaEdit(1), friaEdit(0), derogationSignOff];
