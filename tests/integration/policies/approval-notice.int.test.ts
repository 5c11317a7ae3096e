import { beforeAll, describe, expect, it, vi } from "vitest";
import { sendNotificationEmails } from "@/lib/dal/jobs/notification-emails";
import { updateMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { db } from "@/lib/db/client";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { decodeQuotedPrintable } from "../../helpers/smtp-server";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { addMember, createOrganization } from "../../helpers/factories";
import { as, ok, policyState, saveInput, session } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/policies/actions");
const smtp = smtpServerForFile();

const noticesOf = (userId: string) =>
  db().notification.findMany({ where: { userId, kind: "policy_approval_requested" }, orderBy: { createdAt: "asc" } });
const mailsTo = async (userId: string) => {
  const { email } = await db().user.findUniqueOrThrow({ where: { id: userId } });
  return smtp.messages.filter((m) => m.to.includes(email)).map((m) => decodeQuotedPrintable(m.raw));
};

// A version put forward for approval waits on someone who may approve it: they are told in the app and by e-mail,
// the person who submitted it is not (they cannot approve their own while another approver exists).
describe("submitting a policy version for approval", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  let officer: Awaited<ReturnType<typeof addMember>>;
  let legal: Awaited<ReturnType<typeof addMember>>;
  let quietLegal: Awaited<ReturnType<typeof addMember>>;
  let manager: Awaited<ReturnType<typeof addMember>>;
  let policyId: string;

  beforeAll(async () => {
    org = await createOrganization("Approvals");
    officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    legal = await addMember(org.organizationId, "LEGAL");
    quietLegal = await addMember(org.organizationId, "LEGAL");
    manager = await addMember(org.organizationId, "MANAGER");
    await updateMyNotificationPrefs(quietLegal, {
      ...DEFAULT_PREFS,
      policy_approval_requested: { inApp: true, email: false },
    });
    ({ id: policyId } = ok(await as(officer, () => actions.startPolicyAction({ template: "acceptable-use" }))));
    ok(await as(officer, () => actions.savePolicyAction(saveInput(policyId, 1))));
  });

  it("notifies every approver in the app and by e-mail, not the submitter nor people who cannot approve", async () => {
    const versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    for (const approver of [org.admin, legal, quietLegal])
      expect(await noticesOf(approver.userId)).toMatchObject([
        { title: "Policy to approve: Acceptable use of AI (version 1)", href: `/policies/${policyId}` },
      ]);
    expect(await noticesOf(officer.userId)).toEqual([]);
    expect(await noticesOf(manager.userId)).toEqual([]);

    await sendNotificationEmails(new Date());
    const [mail, ...more] = await mailsTo(legal.userId);
    expect(more).toEqual([]);
    expect(mail).toMatch(/^Subject: \[Actlas\] Policy to approve: Acceptable use of AI \(version 1\)/m);
    expect(mail).toContain(`https://actlas.test/policies/${policyId}`);
    expect(await mailsTo(quietLegal.userId)).toEqual([]);
  });

  it("asks again when the version comes back after being returned to draft", async () => {
    const versionId = (await policyState(policyId)).versions[0]!.id;
    ok(await as(legal, () => actions.returnToDraftAction({ versionId })));
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    expect(await noticesOf(legal.userId)).toHaveLength(2);
  });

  it("leaves out the author who is also an approver while another approver exists", async () => {
    const { id } = ok(await as(org.admin, () => actions.startPolicyAction({ template: "data-governance" })));
    ok(await as(org.admin, () => actions.savePolicyAction(saveInput(id, 1, { title: "Data governance" }))));
    const versionId = (await policyState(id)).versions[0]!.id;
    ok(await as(officer, () => actions.submitVersionAction({ versionId })));
    const about = (n: { href: string }[]) => n.filter((x) => x.href === `/policies/${id}`);
    expect(about(await noticesOf(org.admin.userId))).toEqual([]);
    expect(about(await noticesOf(legal.userId))).toHaveLength(1);
  });
});
