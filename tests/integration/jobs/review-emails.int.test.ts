import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNotifications, updateMyNotificationPrefs } from "@/lib/dal/accounts/notifications";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { requestReview, respondToReviewRequest } from "@/lib/dal/classification/review-requests";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { sendNotificationEmails } from "@/lib/dal/jobs/notification-emails";
import { DEFAULT_PREFS } from "@/lib/validations/notifications";
import { one } from "../../helpers/expect-defined";
import { decodeQuotedPrintable, startSmtpServer } from "../../helpers/smtp-server";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "../classification/profiles";
import { emailOf } from "./helpers";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Read by lib/env on first use, which is after this hook.
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://actlas.test";
  process.env.MAIL_FROM = "Actlas <reminders@actlas.test>";
});
afterAll(() => smtp.stop());

const QUESTION = "Does the ranking decide who is invited to an interview?";

async function mailsOf(actor: { userId: string }) {
  const email = await emailOf(actor.userId);
  return smtp.messages.filter((m) => m.to.includes(email)).map((m) => decodeQuotedPrintable(m.raw));
}

// A request for review is addressed to people: with the default settings it reaches them by e-mail as well, sent
// by the every-minute notification e-mail job (no hourly reminder run needed).
describe("e-mail for the steps of a legal review", () => {
  it("mails legal the question with a link to the classification, and the requester legal's reply", async () => {
    const { organizationId, admin } = await createOrganization("Review mail");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    const quietLegal = await addMember(organizationId, "LEGAL");
    await updateMyNotificationPrefs(quietLegal, {
      ...DEFAULT_PREFS,
      review_requested: { inApp: true, email: false },
    });
    const systemId = await createSystem(organizationId, "CV screening");
    const { runId } = await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    const link = `https://actlas.test/systems/${systemId}/classification#review-requests`;

    const { requestId } = await requestReview(officer, { systemId, question: QUESTION });
    await sendNotificationEmails(new Date());

    const toLegal = one(await mailsOf(legal), 0, "the request mailed to legal");
    expect(toLegal).toMatch(/^Subject: \[Actlas\] Legal review requested: CV screening/m);
    expect(toLegal).toContain(QUESTION);
    expect(toLegal).toContain(link);
    // Switched off: in the app only.
    expect(await mailsOf(quietLegal)).toEqual([]);
    const inApp = (await listNotifications(quietLegal)).filter((n) => n.kind === "review_requested");
    expect(one(inApp)).toMatchObject({ body: QUESTION });
    expect(await mailsOf(officer)).toEqual([]);

    await respondToReviewRequest(legal, { requestId, reply: "ANSWERED", note: "No, a recruiter reads every CV." });
    await sendNotificationEmails(new Date());

    const toOfficer = one(await mailsOf(officer), 0, "the reply mailed to the requester");
    expect(toOfficer).toMatch(/^Subject: \[Actlas\] Legal answered your review request: CV screening/m);
    expect(toOfficer).toContain("No, a recruiter reads every CV.");
    expect(toOfficer).toContain(link);
    expect(await mailsOf(legal)).toHaveLength(1);

    await recordReviewDecision(legal, { runId, decision: "CONFIRMED" });
    await sendNotificationEmails(new Date());
    expect((await mailsOf(officer))[1]).toMatch(/^Subject: \[Actlas\] Legal confirmed the classification: CV/m);
  });

  it("sends the requester nothing by e-mail when they switched replies off", async () => {
    const { organizationId, admin } = await createOrganization("Quiet requester");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    await updateMyNotificationPrefs(officer, { ...DEFAULT_PREFS, review_replied: { inApp: true, email: false } });
    const systemId = await createSystem(organizationId, "Chatbot");
    await storeClassificationRun(admin, { systemId, answers: CV_SCREENING_DISPUTED });
    const { requestId } = await requestReview(officer, { systemId, question: QUESTION });
    await respondToReviewRequest(legal, { requestId, reply: "SENT_BACK", note: "Attach the vendor's manual." });
    await sendNotificationEmails(new Date());

    expect(await mailsOf(officer)).toEqual([]);
    expect(one(await listNotifications(officer))).toMatchObject({ kind: "review_replied" });
    expect(await mailsOf(legal)).toHaveLength(1);
  });
});
