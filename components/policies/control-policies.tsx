import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import type { ControlPolicyDTO } from "@/lib/dal/policies/control-links";

// The policies linked to a standards control, below the control's drill-down. They are evidence beside the coverage
// figure, not part of it (coverage counts the duties, registers and inventory the control maps to), and the card says
// so, so that nobody reads a linked policy as a control met.
export function ControlPolicies({ policies }: { policies: ControlPolicyDTO[] }) {
  return (
    <Card className="mb-6">
      <CardHeader
        title="Policies linked to this control"
        description="Shown as evidence; they do not change the control's coverage, which counts the records it maps to. Link a policy from its own page."
      />
      {policies.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">No policy is linked to this control.</p>
      ) : (
        <ul className="space-y-1 px-5 py-4 text-sm">
          {policies.map((p) => (
            <li key={p.linkId}>
              <Link href={`/policies/${p.policyId}`} className="font-medium text-indigo-700 underline">
                {p.title}
              </Link>{" "}
              <span className="text-slate-600">
                {p.published ? `version ${p.published.number} in force` : "retired: no version in force"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
