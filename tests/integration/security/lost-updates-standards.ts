import { setApplicability } from "@/lib/dal/standards/applicability";
import { db } from "@/lib/db/client";
import { ZSetApplicability } from "@/lib/validations/standards";
import { createOrganization } from "../../helpers/factories";
import { editorsOf, outcomeOf, type Scenario } from "./concurrency";

// How people decide one ISO/IEC 42001 control of the Statement of Applicability at the same moment (the SoA form).

const decision: Scenario = {
  entryPoint: "setApplicability (Statement of Applicability form action)",
  setup: async () => {
    const org = await createOrganization("SoA race");
    const { editors, editor } = await editorsOf(org.organizationId);
    const save = (version: number, justification: string) =>
      ZSetApplicability.parse({
        framework: "iso-42001",
        controlId: "A.2.2",
        decision: "include",
        justification,
        version,
      });
    await setApplicability(org.admin, save(0, "First decision"));
    const { id } = await db().controlApplicability.findFirstOrThrow({
      where: { organizationId: org.organizationId, framework: "iso-42001", controlId: "A.2.2" },
      select: { id: true },
    });
    return {
      editors,
      versionBefore: 1,
      edit: (i) => outcomeOf(setApplicability(editor(i).actor, save(1, `Included because of reason ${i}`))),
      read: async () => {
        const row = await db().controlApplicability.findUniqueOrThrow({
          where: { id },
          select: { version: true, justification: true },
        });
        return { version: row.version, value: row.justification };
      },
      expected: (i) => `Included because of reason ${i}`,
      audit: { entityId: id, action: "control.included" },
    };
  },
};

export const STANDARDS_SCENARIOS = [decision];
