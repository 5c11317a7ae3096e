import { bulkSetLifecycle } from "@/lib/dal/systems/system-bulk";
import { createSystem as createSystemDal, getSystem, updateSystem } from "@/lib/dal/systems/systems";
import { db } from "@/lib/db/client";
import { ZSystemIntakeUpdate } from "@/lib/validations/system";
import { one } from "../../helpers/expect-defined";
import { createOrganization } from "../../helpers/factories";
import { call, tokenFor } from "../api/helpers";
import { cvScreeningInput, parsedIntake } from "../intake/intake-fixtures";
import { apiOutcome, conflictNaming, editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How users edit an AI system at the same moment: the intake form, the API, and the form against the bulk action.

const systemViaDal: Scenario = {
  entryPoint: "updateSystem (intake form action)",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const { editors, editor } = await editorsOf(organizationId);
    const { id } = await createSystemDal(admin, parsedIntake());
    const change = (i: number) => ({
      description: `Edit ${i}`,
      datasets: [{ name: `dataset-${i}`, description: "", uri: "" }],
    });
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        outcomeOf(
          updateSystem(
            editor(i).actor,
            ZSystemIntakeUpdate.parse({ ...cvScreeningInput(change(i)), id, expectedVersion: 1 }),
          ),
        ),
      read: async () => {
        const s = await getSystem(editor(0).actor, id);
        return {
          version: s.version,
          value: { description: s.description, datasets: s.datasets.map((d) => d.dataset.name) },
        };
      },
      expected: (i) => ({ description: `Edit ${i}`, datasets: [`dataset-${i}`] }),
      audit: { entityId: id, action: "system.updated" },
    };
  },
};

const systemViaApi: Scenario = {
  entryPoint: "PATCH /api/v1/systems/{id}",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const { editors } = await editorsOf(organizationId);
    const { id } = await createSystemDal(admin, parsedIntake());
    const tokens = await Promise.all(editors.map((e) => tokenFor(e.actor, ["read", "systems:write"])));
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        apiOutcome(
          call("PATCH", "/systems/{id}", {
            token: one(tokens, i, "token"),
            params: { id },
            json: { version: 1, businessUnit: `Unit ${i}` },
          }),
        ),
      read: async () => {
        const row = await db().aiSystem.findUniqueOrThrow({
          where: { id },
          select: { version: true, businessUnit: true },
        });
        return { version: row.version, value: row.businessUnit };
      },
      expected: (i) => `Unit ${i}`,
      audit: { entityId: id, action: "system.updated" },
    };
  },
};

const STAGES = ["PLANNED", "IN_DEVELOPMENT", "IN_PRODUCTION", "RETIRED"] as const;

// The intake form and the inventory's bulk action on the same system at once: both must honour the version.
const systemFormVersusBulk: Scenario = {
  entryPoint: "updateSystem and bulkSetLifecycle (inventory bulk action) mixed",
  setup: async () => {
    const { organizationId, admin } = await createOrganization("Race");
    const { editors, editor } = await editorsOf(organizationId);
    const { id } = await createSystemDal(admin, parsedIntake());
    const stage = (i: number) => one(STAGES, ((i - 1) / 2) % STAGES.length, "lifecycle stage");
    return {
      editors,
      versionBefore: 1,
      edit: (i) =>
        outcomeOf(
          i % 2 === 0
            ? updateSystem(
                editor(i).actor,
                ZSystemIntakeUpdate.parse({
                  ...cvScreeningInput({ description: `Edit ${i}` }),
                  id,
                  expectedVersion: 1,
                }),
              )
            : bulkSetLifecycle(editor(i).actor, { systems: [{ id, version: 1 }], lifecycleStage: stage(i) }),
        ),
      read: async () => {
        const row = await db().aiSystem.findUniqueOrThrow({
          where: { id },
          select: { version: true, description: true, lifecycleStage: true },
        });
        return { version: row.version, value: { description: row.description, lifecycleStage: row.lifecycleStage } };
      },
      expected: (i) =>
        i % 2 === 0
          ? { description: `Edit ${i}`, lifecycleStage: "PILOT" }
          : { description: cvScreeningInput().description, lifecycleStage: stage(i) },
      audit: { entityId: id, action: { in: ["system.updated", "system.bulk_updated"] } },
      conflict: (winner) =>
        conflictNaming(
          winner,
          /^Changed by WINNER at .*Your input is still here\.$|^“.+” was changed by WINNER at .*Your selection is still here\.$/,
        ),
    };
  },
};

export const SYSTEM_SCENARIOS = [systemViaDal, systemViaApi, systemFormVersusBulk];
