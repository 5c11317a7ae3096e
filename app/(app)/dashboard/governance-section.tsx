import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { GovernanceDTO } from "@/lib/dal/dashboard/governance";
import { percentOf } from "@/lib/dashboard/governance";
import { REFRESHER_WINDOW_DAYS } from "@/lib/literacy/coverage";

type T = ReturnType<typeof useTranslations<"DashboardGovernance">>;

// "(12 %)" after a share, or nothing when there is nothing to share out.
const share = (t: T, part: number, whole: number) => {
  const p = percentOf(part, whole);
  return p === null ? "" : t("percent", { percent: p });
};

// One figure: the number and its words together are the link, so the link's name says what it counts.
function Figure({
  href,
  value,
  children,
  detail,
}: {
  href: string;
  value: string;
  children: ReactNode;
  detail?: string;
}) {
  return (
    <li>
      <Link href={href} className="group text-sm text-slate-800 underline-offset-2 hover:underline">
        <span className="text-xl font-semibold tabular-nums text-indigo-800 underline">{value}</span> {children}
      </Link>
      {detail && <p className="mt-0.5 text-xs text-slate-600">{detail}</p>}
    </li>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} data-group={id} className="min-w-0">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </h3>
      <ul className="mt-2 space-y-3">{children}</ul>
    </section>
  );
}

function Literacy({ l, t }: { l: GovernanceDTO["literacy"]; t: T }) {
  return (
    <Group id="governance-literacy" title={t("literacyTitle")}>
      {l.people === 0 ? (
        <Figure href="/literacy?tab=people" value={t("noOne")}>
          {t("nobodyRecorded")}
        </Figure>
      ) : (
        <Figure
          href="/literacy"
          value={t("ofTotal", { part: l.peopleTrained, whole: l.people })}
          detail={t("assignmentsCovered", {
            covered: l.assignmentsCovered,
            assignments: l.assignments,
            percent: share(t, l.assignmentsCovered, l.assignments),
          })}
        >
          {t("peopleTrained", { people: l.people })} {share(t, l.peopleTrained, l.people)}
        </Figure>
      )}
      <Figure href="/literacy?tab=people" value={t("count", { count: l.expired })}>
        {t("trainingsExpired", { count: l.expired })}
      </Figure>
      <Figure href="/literacy?tab=people" value={t("count", { count: l.expiringSoon })}>
        {t("trainingsExpiring", { count: l.expiringSoon, days: REFRESHER_WINDOW_DAYS })}
      </Figure>
    </Group>
  );
}

function Policies({ p, t }: { p: GovernanceDTO["policies"]; t: T }) {
  return (
    <Group id="governance-policies" title={t("policiesTitle")}>
      <Figure
        href="/policies"
        value={t("count", { count: p.published })}
        detail={t("fullyAcknowledged", { count: p.fullyAcknowledged })}
      >
        {t("publishedPolicies", { count: p.published })}
      </Figure>
      <Figure
        href="/policies"
        value={p.audience === 0 ? t("noOne") : t("ofTotal", { part: p.acknowledged, whole: p.audience })}
      >
        {p.audience === 0 ? t("noAudience") : t("acknowledgements", { percent: share(t, p.acknowledged, p.audience) })}
      </Figure>
      <Figure href="/policies" value={t("count", { count: p.awaitingApproval })}>
        {t("awaitingApproval", { count: p.awaitingApproval })}
      </Figure>
    </Group>
  );
}

function Standards({ s, t }: { s: GovernanceDTO["standards"]; t: T }) {
  return (
    <Group id="governance-standards" title={t("standardsTitle")}>
      {s.map((f) => (
        <li key={f.id}>
          <Link href={`/standards/${f.id}`} className="text-sm text-slate-800 underline-offset-2 hover:underline">
            <span className="text-xl font-semibold tabular-nums text-indigo-800 underline">
              {f.percent === null ? "—" : `${f.percent} %`}
            </span>{" "}
            {f.name}
            <span className="sr-only">
              {f.percent === null
                ? t("nothingToEvidence")
                : t("controlsEvidenced", { evidenced: f.evidenced, counted: f.counted })}
            </span>
          </Link>
          <p className="mt-0.5 text-xs text-slate-600">
            {f.gaps === 0 ? (
              t("noGaps")
            ) : (
              <Link
                href={`/standards/${f.id}?show=gaps`}
                className="inline-block py-1 font-medium text-indigo-700 underline"
              >
                {t("controlsWithGaps", { count: f.gaps })}
                <span className="sr-only">{t("gapsIn", { name: f.name })}</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </Group>
  );
}

// The governance registers beside the AI Act figures; each number opens the page behind it.
export function GovernanceSection({ data }: { data: GovernanceDTO }) {
  const t = useTranslations("DashboardGovernance");
  return (
    <Card id="governance" data-card="governance">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
        <Literacy l={data.literacy} t={t} />
        <Policies p={data.policies} t={t} />
        <Standards s={data.standards} t={t} />
      </CardBody>
    </Card>
  );
}
