"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { acknowledgePolicy } from "@/lib/dal/policies/acknowledgements";
import { linkPolicyToControl, unlinkPolicyControl } from "@/lib/dal/policies/control-links";
import { linkPolicyToObligation, unlinkPolicyEvidence } from "@/lib/dal/policies/evidence-links";
import { savePolicy, startNewVersion, startPolicy } from "@/lib/dal/policies/policies";
import {
  approveVersion,
  publishVersion,
  retirePolicy,
  returnToDraft,
  submitVersion,
} from "@/lib/dal/policies/workflow";
import {
  ZPolicyControlLink,
  ZPolicyControlUnlink,
  ZPolicyEvidenceLink,
  ZPolicyEvidenceUnlink,
  ZPolicyRef,
  ZPolicyVersionRef,
  ZSavePolicy,
  ZStartPolicy,
} from "@/lib/validations/policies";

const refresh = (policyId?: string) => {
  revalidatePath("/policies");
  if (policyId) revalidatePath(`/policies/${policyId}`);
};

export const startPolicyAction = createAction(ZStartPolicy, async (input, actor) => {
  const policy = await startPolicy(actor, input.template);
  refresh();
  return policy;
});

export const savePolicyAction = createAction(ZSavePolicy, async (input, actor) => {
  const result = await savePolicy(actor, input);
  refresh(input.policyId);
  return result;
});

export const startNewVersionAction = createAction(ZPolicyRef, async (input, actor) => {
  const result = await startNewVersion(actor, input.policyId);
  refresh(input.policyId);
  return result;
});

export const submitVersionAction = createAction(ZPolicyVersionRef, async (input, actor) => {
  await submitVersion(actor, input.versionId);
  refresh();
  revalidatePath("/", "layout"); // the approvers' unread count in the navigation
  return null;
});

export const returnToDraftAction = createAction(ZPolicyVersionRef, async (input, actor) => {
  await returnToDraft(actor, input.versionId);
  refresh();
  return null;
});

export const approveVersionAction = createAction(ZPolicyVersionRef, async (input, actor) => {
  await approveVersion(actor, input.versionId);
  refresh();
  return null;
});

export const publishVersionAction = createAction(ZPolicyVersionRef, async (input, actor) => {
  const result = await publishVersion(actor, input.versionId);
  refresh();
  revalidatePath("/", "layout"); // the unread count in the navigation
  return result;
});

export const retirePolicyAction = createAction(ZPolicyRef, async (input, actor) => {
  await retirePolicy(actor, input.policyId);
  refresh(input.policyId);
  return null;
});

export const acknowledgePolicyAction = createAction(ZPolicyVersionRef, async (input, actor) => {
  const result = await acknowledgePolicy(actor, input.versionId);
  refresh();
  revalidatePath("/", "layout");
  return result;
});

export const linkPolicyEvidenceAction = createAction(ZPolicyEvidenceLink, async (input, actor) => {
  await linkPolicyToObligation(actor, input);
  revalidatePath("/systems/[id]/obligations", "page");
  refresh(input.policyId);
  return null;
});

export const unlinkPolicyEvidenceAction = createAction(ZPolicyEvidenceUnlink, async (input, actor) => {
  await unlinkPolicyEvidence(actor, input.linkId);
  revalidatePath("/systems/[id]/obligations", "page");
  refresh();
  return null;
});

export const linkPolicyToControlAction = createAction(ZPolicyControlLink, async (input, actor) => {
  await linkPolicyToControl(actor, input);
  refresh(input.policyId);
  revalidatePath("/standards", "layout");
  return null;
});

export const unlinkPolicyControlAction = createAction(ZPolicyControlUnlink, async (input, actor) => {
  await unlinkPolicyControl(actor, input.linkId);
  refresh();
  revalidatePath("/standards", "layout");
  return null;
});
