import { AttentionPanel, type AttentionItem } from "@/components/dashboard/attention-panel";
import { Card, CardHeader } from "@/components/ui/card";
import type { DashboardDTO } from "@/lib/dal/dashboard/dashboard";
import { FRIA_ARTICLE, REGISTRATION_ARTICLE } from "@/lib/dashboard/articles";
import { OPEN_STATUSES, obligationsHref, systemsHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/validations/dashboard";

function items(a: DashboardDTO["attention"], f: DashboardFilters): AttentionItem[] {
  const registrationNote =
    a.registrationMissing.openDuties !== a.registrationMissing.total
      ? `The link lists their ${a.registrationMissing.openDuties} open registration duties.`
      : undefined;
  return [
    {
      key: "prohibited",
      title: "Prohibited systems still in use",
      count: a.prohibitedInUse.total,
      countLabel: "prohibited systems in pilot or production",
      explanation: "Classified as a prohibited practice (Art 5) and still in pilot or production.",
      href: systemsHref(f, { tier: ["PROHIBITED"], lifecycle: ["PILOT", "IN_PRODUCTION"] }),
      systems: a.prohibitedInUse,
    },
    {
      key: "review",
      title: "Awaiting legal review",
      count: a.awaitingReview.total,
      countLabel: "classifications awaiting legal review",
      explanation: "The current classification needs a lawyer's decision before it is final.",
      href: systemsHref(f, { disposition: "REQUIRES_REVIEW" }),
      systems: a.awaitingReview,
    },
    {
      key: "undetermined",
      title: "Not determined yet",
      count: a.undetermined.total,
      countLabel: "classifications not determined yet",
      explanation:
        "A question that decides scope, a role or the tier is unanswered or answered “not sure”; until it is answered the system could be in a higher tier.",
      href: systemsHref(f, { disposition: "UNDETERMINED" }),
      systems: a.undetermined,
    },
    {
      key: "fria",
      title: "High-risk without a FRIA",
      count: a.friaMissing.total,
      countLabel: "high-risk systems without a completed FRIA",
      explanation: "A fundamental rights impact assessment (Art 27) is required and not yet done.",
      href: obligationsHref(f, { status: OPEN_STATUSES, tier: ["HIGH"], article: FRIA_ARTICLE }),
      systems: a.friaMissing,
    },
    {
      key: "registration",
      title: "High-risk without registration",
      count: a.registrationMissing.total,
      countLabel: `high-risk systems not yet registered (${a.registrationMissing.openDuties} open registration duties)`,
      explanation: "Registration in the EU database (Art 49) is required and not yet done.",
      href: obligationsHref(f, { status: OPEN_STATUSES, tier: ["HIGH"], article: REGISTRATION_ARTICLE }),
      systems: a.registrationMissing,
      note: registrationNote,
    },
    {
      key: "overdue",
      title: "Overdue obligations",
      count: a.overdueObligations,
      countLabel: "overdue obligations",
      explanation: "Past their due date and neither done nor marked not applicable.",
      href: obligationsHref(f, { status: OPEN_STATUSES, due: "overdue" }),
    },
  ];
}

export function AttentionSection({ data, filters }: { data: DashboardDTO; filters: DashboardFilters }) {
  return (
    <Card data-card="attention">
      <CardHeader title="Needs attention" description="What to chase first. Each number opens the matching list." />
      <AttentionPanel items={items(data.attention, filters)} />
    </Card>
  );
}
