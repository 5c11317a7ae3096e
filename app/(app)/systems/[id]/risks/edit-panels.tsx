import { useLocale, useTranslations } from "next-intl";
import { AcceptRiskForm } from "@/components/risks/accept-form";
import { ObligationLinks } from "@/components/risks/obligation-links";
import { RiskHistory } from "@/components/risks/risk-history";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { RiskHistoryEntry } from "@/lib/dal/risks/history";
import type { RiskDTO } from "@/lib/dal/risks/risks";
import { ruleText } from "@/lib/rules/i18n";
import { currentRating, riskBand } from "@/lib/risks/score";
import { acceptRiskAction, linkRiskObligationAction, unlinkRiskObligationAction } from "./actions";

type Props = {
  risk: RiskDTO;
  obligations: { id: string; article: string; title: string }[];
  canAcceptHigh: boolean;
  base: string;
  history: RiskHistoryEntry[];
};

// Below the edit form: the obligations that carry the mitigation, the acceptance step and the risk's history.
export function RiskEditPanels({ risk, obligations, canAcceptHigh, base, history }: Props) {
  const t = useTranslations("SystemRisks");
  const locale = useLocale();
  const rating = currentRating(risk);
  // The duties' titles are the engine's English: translated here, so the client picker needs no rule catalogue.
  const titled = (list: Props["obligations"]) => list.map((o) => ({ ...o, title: ruleText(locale, o.title) }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader title={t("mitigating")} description={t("mitigatingDescription")} />
        <CardBody>
          <ObligationLinks
            riskId={risk.id}
            linked={titled(risk.obligations)}
            available={titled(obligations)}
            link={linkRiskObligationAction}
            unlink={unlinkRiskObligationAction}
          />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("accept")} />
        <CardBody>
          <AcceptRiskForm
            key={risk.version}
            riskId={risk.id}
            version={risk.version}
            band={riskBand(rating.likelihood, rating.impact)}
            residual={rating.residual}
            canAcceptHigh={canAcceptHigh}
            doneHref={base}
            action={acceptRiskAction}
          />
        </CardBody>
      </Card>
      <Card className="lg:col-span-2">
        <CardHeader title={t("history")} description={t("historyDescription")} />
        <CardBody>
          <RiskHistory entries={history} />
        </CardBody>
      </Card>
    </div>
  );
}
