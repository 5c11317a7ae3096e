import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { resetLinkProblem, resetLinkStatus } from "@/lib/dal/accounts/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await resetLinkStatus(token);
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Choose a new password</h1>
      {status === "valid" ? (
        <>
          <p className="mt-1 text-sm text-slate-600">
            Afterwards every device signed in to your account is signed out.
          </p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <div className="mt-4">
            <Alert tone="error">{resetLinkProblem(status)}</Alert>
          </div>
          <div className="mt-6 flex flex-wrap gap-3">
            <ButtonLink href="/forgot-password">Ask for a new link</ButtonLink>
            <ButtonLink href="/login" variant="secondary">
              Go to sign-in
            </ButtonLink>
          </div>
        </>
      )}
    </>
  );
}
