import { beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { ROLES, type Role } from "@/lib/access/permissions";
import { actionSchemaOf, type ActionResult } from "@/lib/action";
import { defined } from "../../helpers/expect-defined";
import { addMember, createOrganization } from "../../helpers/factories";
import { createRichOrganization } from "../import-export/rich-org";
import { discoverActions } from "./fuzz-helpers";
import { fingerprint, idsOf, validInputs } from "./tenant-probe";

const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
const actions = discoverActions();

// Actions a read-only member (manager, auditor) may legitimately use to change something: their own inbox and
// preferences, and their own organisations. Any other action that changes the organisation's rows when a
// read-only member calls it fails this test until it is declared here.
const READ_ONLY_MAY = new Set([
  "switchOrganizationAction",
  "createOrganizationAction",
  "acceptInvitationAction",
  "signUpAction",
  "acceptInvitationAsNewUserAction",
  "markNotificationReadAction",
  "markAllNotificationsReadAction",
  "saveNotificationPrefsAction",
  "updateNotificationPrefsAction",
  // The person's own interface language (a column of their user row, audited in the active organisation).
  "updateMyLanguageAction",
  // Confirming one has read a policy addressed to oneself (a row about that person only).
  "acknowledgePolicyAction",
]);
// The manager may also seal a dossier or portfolio report (report.seal: the portfolio report is made for
// management); the auditor may not.
const MANAGER_MAY = new Set(["exportDossierAction", "exportPortfolioReportAction"]);

// Actions whose schemas the generator rarely satisfies (cross-field refinements); their own tests call them with
// another organisation's ids. An unreachable action missing here fails the test.
const COVERED_BY: Record<string, string> = {
  createIncidentAction: "tests/integration/incidents/incidents.int.test.ts",
  updateIncidentAction: "tests/integration/incidents/incidents.int.test.ts",
  recordReportAction: "tests/integration/incidents/incidents.int.test.ts",
  saveMonitoringPlanAction: "tests/integration/incidents/monitoring.int.test.ts",
  updateNotificationPrefsAction: "tests/integration/jobs/notifications.int.test.ts (own membership only)",
  addSsoDomainAction: "tests/integration/security/sso.int.test.ts",
  saveAnnexIvSectionAction: "tests/integration/legal/editors.int.test.ts",
  updateSystemAction: "tests/integration/intake/update-system.int.test.ts",
  updateObligationAction: "tests/integration/obligations/obligations.int.test.ts",
  planObligationsAction: "tests/integration/obligations/bulk-plan.int.test.ts (foreign and other-system ids refused)",
  createSystemAction: "tests/integration/intake/create-system.int.test.ts (creates in the caller's organisation only)",
  signUpAction: "public: creates a new user and organisation, takes no ids",
  acceptInvitationAsNewUserAction: "tests/integration/invitations.int.test.ts",
  confirmSignUpAction: "public: takes a sign-up link's secret, no ids (tests/integration/accounts.int.test.ts)",
  resetPasswordAction: "public: takes a reset link's secret, no ids (tests/integration/password-reset.int.test.ts)",
  acceptInvitationAction: "tests/integration/invitations.int.test.ts",
  mergeBusinessUnitsAction:
    "tests/integration/business-units/business-units.int.test.ts (two distinct ids; another organisation's unit refused either way)",
  createLearningItemAction:
    "tests/integration/literacy/literacy-tenancy.int.test.ts (another organisation's systems refused)",
  updateLearningItemAction:
    "tests/integration/literacy/literacy-tenancy.int.test.ts (another organisation's item refused)",
  recordCompletionAction:
    "tests/integration/literacy/literacy-tenancy.int.test.ts (another organisation's person or item refused)",
  createRiskAction:
    "tests/integration/risks/risk-register.int.test.ts (another organisation's system, owner and risk refused)",
  updateRiskAction:
    "tests/integration/risks/risk-register.int.test.ts (another organisation's system, owner and risk refused)",
  createPackLinkAction:
    "tests/integration/deployer-pack/deployer-pack.int.test.ts (another organisation's system is not found; read-only roles refused)",
  updateObligationPlanningAction:
    "takes no ids, changes the caller's own organisation; roles in tests/integration/obligations/due-dates.int.test.ts",
  updateRiskScaleAction:
    "takes no ids, changes the caller's own organisation; roles and other organisations in tests/integration/settings/risk-scale.int.test.ts",
  setApplicabilityAction:
    "takes no ids (a control number of the standard), changes the caller's own organisation; roles and other organisations in tests/integration/standards/standards.int.test.ts",
  linkVendorSupplyAction:
    "tests/integration/vendors/vendor-requests.int.test.ts (another organisation's vendor or system refused; the id comes as system:<id> or model:<id>)",
  createVendorRequestAction:
    "tests/integration/vendors/vendor-requests.int.test.ts (another organisation's vendor and system refused)",
  answerVendorItemAction:
    "public: the link's token is the credential; another organisation's items refused in tests/integration/vendors/vendor-requests.int.test.ts",
  askVendorExtensionAction:
    "public: the link's token is the credential, takes no ids (tests/integration/vendors/vendor-requests.int.test.ts)",
};

describe("tenant isolation of every server action", () => {
  let victim: { organizationId: string };
  let pool: Awaited<ReturnType<typeof idsOf>>;
  const members = new Map<Role | "OUTSIDER", UserActor>();

  beforeAll(async () => {
    victim = await createRichOrganization();
    pool = await idsOf(victim.organizationId);
    for (const role of ROLES) members.set(role, await addMember(victim.organizationId, role));
    const outsider = await createOrganization("Outsider");
    members.set("OUTSIDER", outsider.admin);
  }, 120_000);

  it.each(actions.map((a) => [`${a.file}#${a.name}`, a] as const))(
    "%s: outsiders change nothing; read-only roles change nothing unless declared",
    async (_label, { file, name }) => {
      const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, AnyAction>;
      const action = defined(mod[name], `${name} exported from ${file}`);
      const inputs = validInputs(actionSchemaOf(action)!, pool, 3);
      if (inputs.length === 0) unreachable.push(name);
      for (const [who, actor] of members) {
        session.actor = actor;
        for (const input of inputs) {
          const before = await fingerprint(victim.organizationId);
          const result = await action(input).catch(
            (error: unknown) => ({ ok: false, code: "THROWN", error: String(error) }) as const,
          );
          expect(result.ok === false ? result.code : "ok", `${who} ${JSON.stringify(input).slice(0, 200)}`).not.toMatch(
            /INTERNAL|THROWN/,
          );
          const after = await fingerprint(victim.organizationId);
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          const declared = READ_ONLY_MAY.has(name) || (who === "MANAGER" && MANAGER_MAY.has(name));
          if (who === "OUTSIDER" || ((who === "MANAGER" || who === "AUDITOR") && !declared)) {
            expect(changed, `${who} changed the victim's ${changed.join(", ")} via ${name}`).toEqual([]);
          }
          if (who === "OUTSIDER" && result.ok)
            expect(JSON.stringify(result.data) ?? "").not.toMatch(/Rich scored|Rich second/);
        }
      }
      probed += 1;
    },
    180_000,
  );

  let probed = 0;
  const unreachable: string[] = [];
  it("probed every action found in the code", () => {
    console.log(
      `tenant isolation (actions): ${actions.length} server actions found, ${probed} probed as an outsider and as ${ROLES.join(", ")}`,
    );
    if (unreachable.length) console.log(`  no schema-valid input generated for: ${unreachable.join(", ")}`);
    expect(probed).toBe(actions.length);
    expect(
      unreachable.filter((name) => !COVERED_BY[name]),
      "actions neither reached with valid input nor declared as covered",
    ).toEqual([]);
  });
});
