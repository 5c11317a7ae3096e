import { StepButton } from "@/components/policies/step-button";
import { VersionCard } from "@/components/policies/version-card";
import { ButtonLink } from "@/components/ui/button";
import { can, type Role } from "@/lib/access/permissions";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { approveVersionAction, publishVersionAction, returnToDraftAction, submitVersionAction } from "../actions";

// The version being worked on, with the next step each role may take. The data layer decides again (and refuses a
// version's own author as approver while someone else can approve); the note here only explains it in advance.
export function OpenVersionControls(props: {
  version: PolicyVersionDTO;
  policyId: string;
  role: Role;
  viewerId: string;
}) {
  const { version: v, role } = props;
  const write = can(role, "policy.write");
  const approve = can(role, "policy.approve");
  const ref = { versionId: v.id };
  const ownWork = v.authorId === props.viewerId || v.submittedById === props.viewerId;
  const title = v.status === "DRAFT" ? `Draft of version ${v.number}` : `Version ${v.number} (not yet in force)`;
  if (!write && !approve) return null;
  return (
    <VersionCard version={v} title={title}>
      {v.status === "DRAFT" && write && (
        <>
          <ButtonLink href={`/policies/${props.policyId}/edit`}>Edit draft</ButtonLink>
          <StepButton label="Submit for approval" variant="secondary" action={submitVersionAction} input={ref} />
        </>
      )}
      {v.status === "IN_APPROVAL" && approve && (
        <StepButton label={`Approve version ${v.number}`} action={approveVersionAction} input={ref} />
      )}
      {v.status === "APPROVED" && approve && (
        <StepButton
          label={`Publish version ${v.number}`}
          action={publishVersionAction}
          input={ref}
          confirm="Publish this version? It replaces the version in force, and everyone it applies to is asked to read it."
        />
      )}
      {v.status !== "DRAFT" && (
        <StepButton label="Send back to draft" variant="ghost" action={returnToDraftAction} input={ref} />
      )}
      {v.status === "IN_APPROVAL" && approve && ownWork && (
        <p className="w-full text-sm text-slate-600">
          You wrote or submitted this version: another administrator or legal member approves it, unless there is no one
          else who can.
        </p>
      )}
      {v.status === "IN_APPROVAL" && !approve && (
        <p className="w-full text-sm text-slate-600">Waiting for approval by legal or an administrator.</p>
      )}
    </VersionCard>
  );
}
