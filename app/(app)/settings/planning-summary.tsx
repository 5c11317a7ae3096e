import { getTranslations } from "next-intl/server";
import type { DoneRule } from "@/lib/validations/obligation-planning";

const DONE_RULE_KEY = { evidence_or_note: "evidenceOrNote", evidence: "evidence" } as const satisfies Record<
  DoneRule,
  string
>;

// What members who may not change the planning see of it.
export async function PlanningSummary({ planning }: { planning: { obligationLeadDays: number; doneRule: DoneRule } }) {
  const [t, rules] = await Promise.all([getTranslations("Settings"), getTranslations("ObligationPlanning")]);
  return (
    <dl className="space-y-1 text-sm text-slate-700">
      <div>
        <dt className="inline text-slate-600">{t("leadDays")} </dt>
        <dd className="inline text-slate-900">{planning.obligationLeadDays}</dd>
      </div>
      <div>
        <dt className="inline text-slate-600">{t("doneNeeds")} </dt>
        <dd className="inline text-slate-900">{rules(DONE_RULE_KEY[planning.doneRule])}</dd>
      </div>
    </dl>
  );
}
