import { getTranslations } from "next-intl/server";
import { StepButton } from "@/components/policies/step-button";
import { VersionCard } from "@/components/policies/version-card";
import { ButtonLink } from "@/components/ui/button";
import { can, type Role } from "@/lib/access/permissions";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { approveVersionAction, publishVersionAction, returnToDraftAction, submitVersionAction } from "../actions";

// The version being worked on, with the next step each role may take. The data layer decides again (and refuses a
// version's own author as approver while someone else can approve); the note here only explains it in advance.
export async function OpenVersionControls(props: {
  version: PolicyVersionDTO;
  policyId: string;
  role: Role;
  viewerId: string;
}) {
  const t = await getTranslations("PolicyPage");
  const { version: v, role } = props;
  const write = can(role, "policy.write");
  const approve = can(role, "policy.approve");
  const ref = { versionId: v.id };
  const ownWork = v.authorId === props.viewerId || v.submittedById === props.viewerId;
  const title = v.status === "DRAFT" ? t("draftOf", { number: v.number }) : t("notYetInForce", { number: v.number });
  if (!write && !approve) return null;
  return (
    <VersionCard version={v} title={title}>
      {v.status === "DRAFT" && write && (
        <>
          <ButtonLink href={`/policies/${props.policyId}/edit`}>{t("editDraft")}</ButtonLink>
          <StepButton label={t("submit")} variant="secondary" action={submitVersionAction} input={ref} />
        </>
      )}
      {v.status === "IN_APPROVAL" && approve && (
        <StepButton label={t("approve", { number: v.number })} action={approveVersionAction} input={ref} />
      )}
      {v.status === "APPROVED" && approve && (
        <StepButton
          label={t("publish", { number: v.number })}
          action={publishVersionAction}
          input={ref}
          confirm={t("publishConfirm")}
        />
      )}
      {v.status !== "DRAFT" && (
        <StepButton label={t("backToDraft")} variant="ghost" action={returnToDraftAction} input={ref} />
      )}
      {v.status === "IN_APPROVAL" && approve && ownWork && (
        <p className="w-full text-sm text-slate-600">{t("ownWork")}</p>
      )}
      {v.status === "IN_APPROVAL" && !approve && (
        <p className="w-full text-sm text-slate-600">{t("waitingApproval")}</p>
      )}
    </VersionCard>
  );
}
