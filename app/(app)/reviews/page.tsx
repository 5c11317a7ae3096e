import type { Metadata } from "next";
import { ReviewQueue } from "@/components/classification/review-queue";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { listReviewQueue } from "@/lib/dal/classification/review-requests";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewsPage() {
  const actor = await requireActor();
  const viewer = await getViewer(actor);
  if (!viewer.role || !can(viewer.role, "classification.review")) {
    return (
      <>
        <PageHeader title="Reviews" />
        <Alert tone="info" title="Only legal and administrators review classifications">
          Ask for a review on a system’s Classification tab: “Request legal review”.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Reviews"
        description="Requests for legal review, newest first. Open one to read the result and its answers, then answer, send it back, confirm or override."
      />
      <ReviewQueue items={await listReviewQueue(actor)} />
    </>
  );
}
