import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { ControlPolicyDTO } from "@/lib/dal/policies/control-links";

// The policies linked to a standards control, below the control's drill-down. They are evidence beside the coverage
// figure, not part of it (coverage counts the duties, registers and inventory the control maps to), and the card says
// so, so that nobody reads a linked policy as a control met.
export async function ControlPolicies({ policies }: { policies: ControlPolicyDTO[] }) {
  const t = await getTranslations("ControlPolicies");
  return (
    <Card className="mb-6">
      <CardHeader title={t("title")} description={t("description")} />
      {policies.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-1 px-5 py-4 text-sm">
          {policies.map((p) => (
            <li key={p.linkId}>
              <Link href={`/policies/${p.policyId}`} className="font-medium text-indigo-700 underline">
                {p.title}
              </Link>{" "}
              <span className="text-slate-600">
                {p.published ? t("inForce", { number: p.published.number }) : t("retired")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
