import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import { ROLE_LABELS, type Role } from "@/lib/access/permissions";
import { invitationProblem, previewInvitation } from "@/lib/dal/accounts/invitations";
import { AcceptExistingForm, AcceptNewUserForm } from "./accept-forms";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await previewInvitation(token);
  if (preview.status !== "valid") {
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">Invitation</h1>
        <div className="mt-4">
          <Alert tone="error">{invitationProblem(preview.status)}</Alert>
        </div>
        <ButtonLink href="/login" variant="secondary" className="mt-6">
          Go to sign-in
        </ButtonLink>
      </>
    );
  }
  const actor = await getActor();
  const role = ROLE_LABELS[preview.role as Role];
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Join {preview.organizationName}</h1>
      <p className="mt-2 text-sm text-slate-600">
        You have been invited as <strong className="text-slate-900">{role}</strong>. The invitation is for{" "}
        <strong className="text-slate-900">{preview.email}</strong>.
      </p>
      {actor ? (
        <AcceptExistingForm token={token} />
      ) : preview.accountExists ? (
        <ButtonLink href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="mt-6 w-full">
          Sign in to accept
        </ButtonLink>
      ) : (
        <AcceptNewUserForm token={token} email={preview.email} />
      )}
    </>
  );
}
