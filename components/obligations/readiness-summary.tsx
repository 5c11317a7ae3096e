import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import type { ObligationDTO } from "@/lib/dal/obligations/obligations";
import { obligationsHref } from "@/lib/validations/obligation-list";
import { isOverdue } from "./obligation-badges";

// The same arithmetic as refreshReadiness: applicable = not obsolete; done = done or justified not applicable.
export function ReadinessSummary({ systemId, obligations }: { systemId: string; obligations: ObligationDTO[] }) {
  const t = useTranslations("ReadinessSummary");
  const current = obligations.filter((o) => !o.obsoleteAt);
  const done = current.filter((o) => o.status === "DONE" || o.status === "NOT_APPLICABLE").length;
  const open = current.filter((o) => o.status === "NOT_STARTED" || o.status === "IN_PROGRESS");
  const blocking = open.filter((o) => o.blocking).length;
  const overdue = open.filter((o) => isOverdue(o)).length;
  const percent = current.length ? Math.round((done / current.length) * 100) : 0;
  return (
    <Card>
      <CardBody className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-64 flex-1">
          <p className="text-sm text-slate-700">
            {t.rich("done", {
              done,
              total: current.length,
              big: (chunks) => <span className="text-2xl font-semibold text-slate-900">{chunks}</span>,
            })}
          </p>
          <div
            className="mt-2 h-2 max-w-md overflow-hidden rounded-full bg-slate-200"
            role="img"
            aria-label={t("ready", { percent })}
          >
            <div className="h-full rounded-full bg-indigo-700" style={{ width: `${percent}%` }} />
          </div>
        </div>
        <dl className="flex gap-6 text-sm">
          <div>
            <dt className="text-slate-600">{t("open")}</dt>
            <dd className="text-lg font-semibold text-slate-900">{open.length}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("blocking")}</dt>
            <dd className="text-lg font-semibold text-slate-900">{blocking}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("overdue")}</dt>
            <dd className={overdue ? "text-lg font-semibold text-red-800" : "text-lg font-semibold text-slate-900"}>
              {overdue}
            </dd>
          </div>
        </dl>
        <ButtonLink href={obligationsHref({ system: systemId })} variant="secondary">
          {t("openList")}
        </ButtonLink>
      </CardBody>
    </Card>
  );
}
