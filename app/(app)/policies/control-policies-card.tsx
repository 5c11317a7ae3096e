import { ControlPolicies } from "@/components/policies/control-policies";
import { requireActor } from "@/lib/auth/session";
import { policiesOfControl } from "@/lib/dal/policies/control-links";
import type { FrameworkId } from "@/lib/standards";

// The standards page includes this below an opened control: the policies part of that page lives here, with the
// policies, so the crosswalk's own files need only one line for it.
export async function ControlPoliciesCard({ framework, controlId }: { framework: FrameworkId; controlId: string }) {
  const actor = await requireActor();
  return <ControlPolicies policies={await policiesOfControl(actor, framework, controlId)} />;
}
