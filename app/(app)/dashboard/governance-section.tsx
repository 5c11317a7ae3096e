import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { GovernanceDTO } from "@/lib/dal/dashboard/governance";
import { percentOf } from "@/lib/dashboard/governance";
import { REFRESHER_WINDOW_DAYS } from "@/lib/literacy/coverage";
import { countPhrase, verbFor } from "@/lib/plural";

const n = (value: number) => value.toLocaleString("en-GB");
const pct = (part: number, whole: number) => {
  const p = percentOf(part, whole);
  return p === null ? "" : ` (${p} %)`;
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

function Literacy({ l }: { l: GovernanceDTO["literacy"] }) {
  return (
    <Group id="governance-literacy" title="AI literacy (Art 4)">
      {l.people === 0 ? (
        <Figure href="/literacy?tab=people" value="No one">
          recorded as operating or overseeing an AI system yet
        </Figure>
      ) : (
        <Figure
          href="/literacy"
          value={`${n(l.peopleTrained)} of ${n(l.people)}`}
          detail={`${n(l.assignmentsCovered)} of ${countPhrase(l.assignments, "assignment")} covered${pct(l.assignmentsCovered, l.assignments)}; the register lists the systems least covered first.`}
        >
          {l.people === 1 ? "person" : "people"} trained for every system they operate or oversee
          {pct(l.peopleTrained, l.people)}
        </Figure>
      )}
      <Figure href="/literacy?tab=people" value={n(l.expired)}>
        {l.expired === 1 ? "training" : "trainings"} expired, not refreshed
      </Figure>
      <Figure href="/literacy?tab=people" value={n(l.expiringSoon)}>
        {l.expiringSoon === 1 ? "training" : "trainings"} {verbFor(l.expiringSoon, "expire")} within{" "}
        {REFRESHER_WINDOW_DAYS} days
      </Figure>
    </Group>
  );
}

function Policies({ p }: { p: GovernanceDTO["policies"] }) {
  return (
    <Group id="governance-policies" title="Policies">
      <Figure
        href="/policies"
        value={n(p.published)}
        detail={`${n(p.fullyAcknowledged)} acknowledged by everyone in their audience`}
      >
        published {p.published === 1 ? "policy" : "policies"}
      </Figure>
      <Figure href="/policies" value={p.audience === 0 ? "No one" : `${n(p.acknowledged)} of ${n(p.audience)}`}>
        {p.audience === 0
          ? "in the audience of a published policy yet"
          : `acknowledgements by their audiences${pct(p.acknowledged, p.audience)}`}
      </Figure>
      <Figure href="/policies" value={n(p.awaitingApproval)}>
        {p.awaitingApproval === 1 ? "version" : "versions"} awaiting approval
      </Figure>
    </Group>
  );
}

function Standards({ s }: { s: GovernanceDTO["standards"] }) {
  return (
    <Group id="governance-standards" title="Standards coverage">
      {s.map((f) => (
        <li key={f.id}>
          <Link href={`/standards/${f.id}`} className="text-sm text-slate-800 underline-offset-2 hover:underline">
            <span className="text-xl font-semibold tabular-nums text-indigo-800 underline">
              {f.percent === null ? "—" : `${f.percent} %`}
            </span>{" "}
            {f.name}
            <span className="sr-only">
              {f.percent === null
                ? ": nothing to evidence yet"
                : `: ${f.evidenced} of ${f.counted} controls fully evidenced`}
            </span>
          </Link>
          <p className="mt-0.5 text-xs text-slate-600">
            {f.gaps === 0 ? (
              "No gaps"
            ) : (
              <Link href={`/standards/${f.id}?show=gaps`} className="font-medium text-indigo-700 underline">
                {countPhrase(f.gaps, "control")} with gaps
                <span className="sr-only"> in {f.name}</span>
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
        <Literacy l={data.literacy} />
        <Policies p={data.policies} />
        <Standards s={data.standards} />
      </CardBody>
    </Card>
  );
}
