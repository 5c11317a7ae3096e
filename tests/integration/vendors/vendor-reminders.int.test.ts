import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { createVendorRequest } from "@/lib/dal/vendors/requests";
import { createVendor } from "@/lib/dal/vendors/vendors";
import { decodeQuotedPrintable, startSmtpServer } from "../../helpers/smtp-server";
import { addMember } from "../../helpers/factories";
import { deployerOrg, inDays } from "./fixtures";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  // Read by lib/env on first use, which is after this hook.
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://actlas.test";
  process.env.MAIL_FROM = "Actlas <reminders@actlas.test>";
});
afterAll(() => smtp.stop());

describe("overdue vendor requests in the reminder job", () => {
  it("reminds the requester once, in the app and by e-mail, and not for revoked, answered or other organisations' requests", async () => {
    const org = await deployerOrg("Reminded");
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const { id: vendorId } = await createVendor(officer, { name: "Late vendor" });
    const send = () =>
      createVendorRequest(officer, {
        systemId: org.systemId,
        vendorId,
        kinds: ["instructions_for_use", "registration_number"],
        question: "",
        message: "",
        dueDate: inDays(0),
        linkDays: 30,
      });
    const late = await send();
    const revoked = await send();
    const answered = await send();
    // Past due: the form refuses a date before today, so the test moves it back as time would.
    await db().vendorRequest.updateMany({
      where: { id: { in: [late.requestId, revoked.requestId, answered.requestId] } },
      data: { dueDate: new Date(`${inDays(-3)}T00:00:00Z`) },
    });
    await db().vendorRequest.update({ where: { id: revoked.requestId }, data: { revokedAt: new Date() } });
    await db().vendorRequestItem.updateMany({
      where: { requestId: answered.requestId },
      data: { answeredAt: new Date() },
    });

    await runReminders(new Date());
    await runReminders(new Date());

    const notes = await db().notification.findMany({ where: { userId: officer.userId, kind: "vendor_request" } });
    expect(notes.map((n) => n.href)).toEqual([`/vendors/requests/${late.requestId}`]);
    expect(notes[0]!.title).toBe("Overdue: Late vendor has not answered your request");
    expect(notes[0]!.body).toContain("Instructions for use, EU database registration number");
    const user = await db().user.findUniqueOrThrow({ where: { id: officer.userId } });
    const mails = smtp.messages.filter((m) => m.to.includes(user.email));
    expect(mails).toHaveLength(1);
    expect(decodeQuotedPrintable(mails[0]!.raw)).toContain(`https://actlas.test/vendors/requests/${late.requestId}`);
    expect(
      await db().notification.count({
        where: {
          organizationId: { not: org.organizationId },
          dedupeKey: { startsWith: `vendor_overdue:${late.requestId}` },
        },
      }),
    ).toBe(0);
  });
});
