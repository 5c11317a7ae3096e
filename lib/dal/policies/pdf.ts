import "server-only";
import type { Actor } from "@/lib/access/actor";
import { authorize } from "@/lib/dal/core/authorize";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { renderPolicy } from "@/lib/pdf/policy/render-policy";
import { imageTextIn } from "@/lib/policies/image-text";
import { policyBlocks } from "@/lib/policies/markdown-blocks";
import { getPolicy, type PolicyDTO } from "./policies";

// Who the policy applies to, worded by the renderer in the document's language.
const audienceOf = (p: Pick<PolicyDTO, "audienceAll" | "audienceRoles" | "audienceUnits">) => ({
  all: p.audienceAll,
  roles: p.audienceRoles,
  units: p.audienceUnits.map((u) => u.name),
});

const fileSafe = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "policy";

/**
 * A version that was published (the one in force, or a given earlier one now retired) as a PDF, signed with the
 * organisation's certificate like the other exports, so a printed or forwarded copy can be checked. Drafts and
 * versions in approval have no PDF: they are not the organisation's policy.
 */
export async function policyPdf(
  actor: Actor,
  policyId: string,
  number?: number,
  now = new Date(),
): Promise<{ pdf: Buffer; fileName: string }> {
  const member = await authorize(actor, "system.read");
  const [policy, org] = await Promise.all([
    getPolicy(actor, policyId),
    db().organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { name: true, documentLocale: true },
    }),
  ]);
  const version = policy.versions.find((v) =>
    number === undefined ? v.status === "PUBLISHED" : v.number === number && v.publishedAt !== null,
  );
  if (!version)
    throw new AppError(
      "NOT_FOUND",
      number === undefined
        ? "This policy has no version in force."
        : `Version ${number} of this policy was never published.`,
    );
  const locale = asDocumentLocale(org.documentLocale);
  const rendered = await renderPolicy(
    {
      organizationName: org.name,
      title: policy.title,
      kind: policy.kind,
      number: version.number,
      status: version.status === "PUBLISHED" ? "in force" : "retired",
      publishedAt: version.publishedAt?.toISOString() ?? null,
      retiredAt: version.retiredAt?.toISOString() ?? null,
      approvedBy: version.approvedByLabel || "—",
      approvedAt: version.approvedAt?.toISOString() ?? null,
      audience: audienceOf(policy),
      changeNote: version.changeNote,
      blocks: policyBlocks(version.body, imageTextIn(locale)),
      generatedAt: now.toISOString(),
    },
    locale,
  );
  const pdf = await signForOrganization(
    member.organizationId,
    org.name,
    rendered,
    { locale, doc: { kind: "policy", title: policy.title, number: version.number } },
    now,
  );
  return { pdf, fileName: `${fileSafe(policy.title)}-v${version.number}.pdf` };
}
