import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { createOrganization, uniqueEmail } from "../../helpers/factories";
import { smtpServerForFile } from "../../helpers/smtp-for-file";
import { mailsTo, waitForMail } from "../../helpers/account-mail";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const smtp = smtpServerForFile();

const attempt = (email: string) => ({
  name: "Mallory Probe",
  email,
  password: "a long enough passphrase",
  organizationName: "Probe Ltd",
});

// The attack: submit the public sign-up form with someone's address and read the answer ("already exists" or not).
describe("sign-up does not tell who has an account", () => {
  it("answers a sign-up for an address with an account exactly as for a new address", async () => {
    const { signUpAction } = await import("@/app/(auth)/actions");
    const { admin } = await createOrganization("Victim");
    const { email: taken } = await db().user.findUniqueOrThrow({
      where: { id: admin.userId },
      select: { email: true },
    });
    const forTaken = await signUpAction(attempt(taken.toUpperCase()));
    const forNew = await signUpAction(attempt(uniqueEmail("new")));
    expect(forTaken).toEqual(forNew);
    expect(forNew).toEqual({ ok: true, data: null });
  });

  it("tells the difference only to the mailbox: a link for a new address, a warning for a taken one", async () => {
    const { signUpAction } = await import("@/app/(auth)/actions");
    const { admin } = await createOrganization("Mailbox");
    const { email: taken } = await db().user.findUniqueOrThrow({
      where: { id: admin.userId },
      select: { email: true },
    });
    const fresh = uniqueEmail("fresh");
    const usersBefore = await db().user.count();
    await signUpAction(attempt(taken));
    await signUpAction(attempt(fresh));

    const warning = await waitForMail(
      smtp.messages,
      taken,
      /^Subject: \[Actlas\] Someone tried to sign up with your address/m,
    );
    expect(warning).toContain("https://actlas.test/login");
    expect(warning).toContain("https://actlas.test/forgot-password");
    expect(warning).not.toContain("/verify-email/");
    const confirm = await waitForMail(smtp.messages, fresh, /^Subject: \[Actlas\] Confirm your e-mail address/m);
    expect(confirm).toMatch(/https:\/\/actlas\.test\/verify-email\/[A-Za-z0-9_-]{43}/);
    // Nothing is created until the link is followed, and the taken account is unchanged.
    expect(await db().user.count()).toBe(usersBefore);
    expect(mailsTo(smtp.messages, taken)).toHaveLength(1);
  });

  it("takes comparable time for a taken and a new address (the password is hashed in both)", async () => {
    const { signUpAction } = await import("@/app/(auth)/actions");
    const { admin } = await createOrganization("Timing");
    const { email: taken } = await db().user.findUniqueOrThrow({
      where: { id: admin.userId },
      select: { email: true },
    });
    const time = async (email: string) => {
      const start = performance.now();
      await signUpAction(attempt(email));
      return performance.now() - start;
    };
    await time(uniqueEmail("warm"));
    // Interleaved, median of three each: a shared 2-core machine is noisy.
    const takenTimes: number[] = [];
    const newTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      takenTimes.push(await time(taken));
      newTimes.push(await time(uniqueEmail("timing")));
    }
    const median = (xs: number[]) =>
      one(
        [...xs].sort((a, b) => a - b),
        1,
        "middle of three timings",
      );
    expect(median(takenTimes)).toBeGreaterThan(median(newTimes) * 0.5);
    expect(median(takenTimes)).toBeLessThan(median(newTimes) * 2);
  });
});
