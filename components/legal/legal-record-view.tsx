import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { displayValue, type LegalField } from "@/lib/legal/fields";

type Values = {
  version?: unknown;
  ownerId?: unknown;
  complete?: unknown;
  evidenceIds?: unknown;
  fields?: unknown;
};

type Props = {
  values: Values;
  groups: { title: string; description?: string; fields: LegalField[] }[];
  members: { userId: string; name: string }[];
  evidence: { id: string; title: string }[];
};

// What someone who may not edit (an auditor, a manager) sees of a legal record: the text as written, never disabled
// inputs that look editable, nor a form's "choose Save" hints. A record nobody has saved is said to be missing
// rather than shown with the intake's suggestions, which are not the organisation's record.
export function LegalRecordView({ values, groups, members, evidence }: Props) {
  const t = useTranslations("LegalForm");
  if (Number(values.version) === 0)
    return (
      <Alert tone="info" title={t("notWrittenTitle")}>
        {t("notWrittenBody")}
      </Alert>
    );
  const fields = (values.fields ?? {}) as Record<string, string>;
  const owner = members.find((m) => m.userId === values.ownerId)?.name;
  const linked = new Set(Array.isArray(values.evidenceIds) ? (values.evidenceIds as string[]) : []);
  const titles = evidence.filter((e) => linked.has(e.id)).map((e) => e.title);
  return (
    <div className="space-y-6" data-testid="record-view">
      {groups.map((g) => (
        <Card key={g.title}>
          <CardHeader title={g.title} description={g.description} />
          <CardBody>
            <dl className="space-y-4 text-sm">
              {g.fields.map((f) => {
                const v = displayValue(f, fields[f.key]);
                return (
                  <div key={f.key}>
                    <dt className="font-medium text-slate-800">{f.label}</dt>
                    <dd className={v ? "mt-1 whitespace-pre-wrap text-slate-900" : "mt-1 text-slate-600 italic"}>
                      {v || t("notFilled")}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </CardBody>
        </Card>
      ))}
      <Card>
        <CardHeader title={t("metaTitle")} />
        <CardBody>
          <dl className="grid gap-4 text-sm md:grid-cols-3">
            <div>
              <dt className="font-medium text-slate-800">{t("owner")}</dt>
              <dd className="mt-1 text-slate-900">{owner ?? t("nobodyYet")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("linkedEvidence")}</dt>
              <dd className="mt-1 text-slate-900">
                {titles.length ? (
                  <ul className="list-disc pl-5">
                    {titles.map((title) => (
                      <li key={title}>{title}</li>
                    ))}
                  </ul>
                ) : (
                  t("none")
                )}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-800">{t("status")}</dt>
              <dd className="mt-1">
                {values.complete ? (
                  <Badge tone="green">{t("complete")}</Badge>
                ) : (
                  <Badge tone="amber">{t("draft")}</Badge>
                )}
              </dd>
            </div>
          </dl>
        </CardBody>
      </Card>
    </div>
  );
}
