import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { previewSignUpLink, signUpLinkProblem } from "@/lib/dal/accounts/email-verification";
import { ConfirmSignUp } from "./confirm-sign-up";

export const metadata: Metadata = { title: "Confirm your e-mail address" };

// Opening the link only shows what it is for; the account is created by the button, so a mail scanner that
// fetches links cannot confirm an address on its own.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await previewSignUpLink(token);
  if (preview.status !== "valid") {
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">Confirm your e-mail address</h1>
        <div className="mt-4">
          <Alert tone="error">{signUpLinkProblem(preview.status)}</Alert>
        </div>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/verify-email">Ask for a new link</ButtonLink>
          <ButtonLink href="/login" variant="secondary">
            Go to sign-in
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Confirm your e-mail address</h1>
      <p className="mt-2 text-sm text-slate-600">
        Confirm <strong className="break-all text-slate-900">{preview.email}</strong> to create{" "}
        <strong className="text-slate-900">{preview.organizationName}</strong> with you as its administrator.
      </p>
      <ConfirmSignUp token={token} />
    </>
  );
}
