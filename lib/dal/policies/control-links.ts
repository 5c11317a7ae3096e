import "server-only";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { FRAMEWORKS, isFrameworkId, type FrameworkId } from "@/lib/standards";
import { controlTitleIn } from "@/lib/standards/i18n";
import type { TPolicyControlLink } from "@/lib/validations/policies";

// Policies recorded as evidence for ISO/IEC 42001 and NIST AI RMF controls. A link names the policy, not a version:
// the control is evidenced by whatever version is in force, and shows when none is. Links are evidence beside the
// control's coverage, not part of it: coverage is computed from the duties, registers and inventory a control maps to
// (lib/standards/coverage.ts), and a policy says what should happen rather than that it did.

export type PolicyControlDTO = {
  linkId: string;
  framework: FrameworkId;
  frameworkName: string;
  controlId: string;
  title: string;
};

export type ControlPolicyDTO = {
  linkId: string;
  policyId: string;
  title: string;
  published: { number: number; publishedAt: Date | null } | null;
};

const controlOf = (framework: string, controlId: string) =>
  isFrameworkId(framework) ? FRAMEWORKS[framework].controls.find((c) => c.id === controlId) : undefined;

const invalid = (message: string) => new AppError("VALIDATION", message, { fieldErrors: { control: [message] } });

export async function linkPolicyToControl(actor: Actor, input: TPolicyControlLink): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const { organizationId } = member;
  const split = input.control.indexOf(":");
  const framework = input.control.slice(0, split);
  const controlId = input.control.slice(split + 1);
  const control = split > 0 ? controlOf(framework, controlId) : undefined;
  if (!control) throw invalid("Choose a control of ISO/IEC 42001 or the NIST AI RMF from the list.");
  await db().$transaction(async (tx) => {
    const policy = await tx.policy.findFirst({
      where: { id: input.policyId, organizationId },
      select: { id: true, title: true, versions: { where: { status: "PUBLISHED" }, select: { number: true } } },
    });
    if (!policy) throw notFound("policy");
    if (policy.versions.length === 0)
      throw invalid("Publish this policy first: only a policy in force can be evidence for a control.");
    const { count } = await tx.policyControlLink.createMany({
      data: [{ organizationId, policyId: policy.id, framework, controlId }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await writeAudit(tx, member, {
      action: "policy.linked_to_control",
      entityType: "Policy",
      entityId: policy.id,
      after: { framework, controlId, control: control.title },
    });
  });
}

export async function unlinkPolicyControl(actor: Actor, linkId: string): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const { organizationId } = member;
  await db().$transaction(async (tx) => {
    const link = await tx.policyControlLink.findFirst({ where: { id: linkId, organizationId } });
    if (!link) throw notFound("control link");
    await tx.policyControlLink.deleteMany({ where: { id: link.id, organizationId } });
    await writeAudit(tx, member, {
      action: "policy.unlinked_from_control",
      entityType: "Policy",
      entityId: link.policyId,
      before: { framework: link.framework, controlId: link.controlId },
    });
  });
}

/** The controls a policy is evidence for, in the frameworks' own order; titled in `locale` (the API keeps English). */
export async function controlsOfPolicy(
  actor: Actor,
  policyId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PolicyControlDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().policyControlLink.findMany({
    where: { organizationId: member.organizationId, policyId },
    select: { id: true, framework: true, controlId: true },
    take: 500,
  });
  const out: PolicyControlDTO[] = [];
  for (const f of Object.values(FRAMEWORKS))
    for (const c of f.controls) {
      const row = rows.find((r) => r.framework === f.id && r.controlId === c.id);
      if (row)
        out.push({
          linkId: row.id,
          framework: f.id,
          frameworkName: f.name,
          controlId: c.id,
          title: controlTitleIn(locale, f.id, c),
        });
    }
  return out;
}

/** The policies linked to one control, with the version in force (none when the policy was retired). */
export async function policiesOfControl(
  actor: Actor,
  framework: FrameworkId,
  controlId: string,
): Promise<ControlPolicyDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().policyControlLink.findMany({
    where: { organizationId: member.organizationId, framework, controlId },
    select: {
      id: true,
      policy: {
        select: {
          id: true,
          title: true,
          versions: { where: { status: "PUBLISHED" }, select: { number: true, publishedAt: true }, take: 1 },
        },
      },
    },
    take: 200,
  });
  return rows
    .map((r) => ({
      linkId: r.id,
      policyId: r.policy.id,
      title: r.policy.title,
      published: r.policy.versions[0] ?? null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Every control, grouped by framework, for the policy page's "Link to a control" list, titled in `locale`. */
export function controlChoices(locale: Locale = DEFAULT_LOCALE): {
  framework: FrameworkId;
  name: string;
  controls: { id: string; title: string }[];
}[] {
  return Object.values(FRAMEWORKS).map((f) => ({
    framework: f.id,
    name: f.name,
    controls: f.controls.map((c) => ({ id: c.id, title: controlTitleIn(locale, f.id, c) })),
  }));
}
