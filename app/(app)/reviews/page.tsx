import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewQueue } from "@/components/classification/review-queue";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listReviewQueue } from "@/lib/dal/classification/review-requests";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ReviewsPage");
  return { title: t("title") };
}

export default async function ReviewsPage() {
  const actor = await requireActor();
  const [viewer, t] = await Promise.all([getViewer(actor), getTranslations("ReviewsPage")]);
  if (!viewer.role || !can(viewer.role, "classification.review")) {
    return (
      <>
        <PageHeader title={t("title")} />
        <Alert tone="info" title={t("onlyLegalTitle")}>
          {t("onlyLegalBody")}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReviewQueue items={await listReviewQueue(actor)} />
    </>
  );
}
