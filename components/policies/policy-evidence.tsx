import { ClientMessages } from "@/components/i18n/client-messages";
import { PolicyEvidenceLinks, type PolicyEvidenceProps } from "./policy-evidence-links";

// The obligation item that shows this is a client component with its area's messages; this part carries its own, so
// the obligations page names no policy namespace.
export function PolicyEvidence(props: PolicyEvidenceProps) {
  return (
    <ClientMessages namespaces={["PolicyEvidence"]}>
      <PolicyEvidenceLinks {...props} />
    </ClientMessages>
  );
}
