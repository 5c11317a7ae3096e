import "server-only";
import type { RiskDTO } from "@/lib/dal/risks/risks";
import { AppError } from "@/lib/errors";
import { BAND_LABELS, currentRating, needsPrivilegedAcceptance, riskBand } from "@/lib/risks/score";
import type { CreateRiskInput, UpdateRiskInput } from "@/lib/validations/risks";
import type { RiskCreateApi } from "@/lib/validations/risks-api";

// The REST API's risk bodies, turned into what the app's form sends (so one zod schema checks both), and risks into
// the API's documented shape.

type RiskBody = Partial<RiskCreateApi>;

/** The form's values: the body's fields over the stored risk (PATCH) or the form's defaults (POST). */
export function formInputOf(body: RiskBody, current?: RiskDTO) {
  const has = <K extends keyof RiskBody>(key: K) => body[key] !== undefined;
  const rights = has("fundamentalRights") ? body.fundamentalRights : current?.fundamentalRights;
  const owner = has("ownerId") ? body.ownerId : current?.ownerId;
  const review = has("nextReviewDate") ? body.nextReviewDate : current?.nextReviewDate;
  const treatment = has("treatment") ? body.treatment : current?.treatment;
  return {
    title: body.title ?? current?.title ?? "",
    description: body.description ?? current?.description ?? "",
    affectedPersons: body.affectedPersons ?? current?.affectedPersons ?? "",
    fundamentalRights: (rights ?? []).join("\n"),
    source: body.source ?? current?.source ?? "MANUAL",
    likelihood: body.likelihood ?? current?.likelihood,
    impact: body.impact ?? current?.impact,
    residualLikelihood: has("residualLikelihood") ? body.residualLikelihood : (current?.residualLikelihood ?? null),
    residualImpact: has("residualImpact") ? body.residualImpact : (current?.residualImpact ?? null),
    // Accepting is the app's separate step (acceptRisk), taken after the save; the form's schema refuses it here.
    treatment: treatment && treatment !== "ACCEPT" ? treatment : "",
    mitigation: body.mitigation ?? current?.mitigation ?? "",
    ownerId: owner ?? "",
    nextReviewDate: review ?? "",
    status: body.status ?? current?.status ?? "OPEN",
  };
}

/** Whether ACCEPT in a PATCH is a new decision, or the stored acceptance that the save keeps (rating unchanged). */
export function acceptanceIsNew(current: RiskDTO, input: UpdateRiskInput): boolean {
  return !(
    current.treatment === "ACCEPT" &&
    current.residualLikelihood === input.residualLikelihood &&
    current.residualImpact === input.residualImpact
  );
}

// Like legal's review decisions, accepting a high or critical risk is signed by a person in the app: a token has no
// role, and the data layer would refuse it too; this says so before anything is saved.
export function assertAcceptableByToken(input: CreateRiskInput | UpdateRiskInput): void {
  const rating = currentRating(input);
  const band = riskBand(rating.likelihood, rating.impact);
  if (!needsPrivilegedAcceptance(band)) return;
  const message = `This risk is ${BAND_LABELS[band].toLowerCase()}: accepting it is signed in the app (system page → Risks) by an administrator, compliance officer or legal, with a written justification. The API does not take that step; nothing was saved.`;
  throw new AppError("FORBIDDEN", message, { fieldErrors: { treatment: [message] } });
}

const iso = (d: Date) => d.toISOString();

export function toApiRisk(r: RiskDTO) {
  const inherentScore = r.likelihood * r.impact;
  const residual = r.residualLikelihood !== null && r.residualImpact !== null;
  return {
    id: r.id,
    systemId: r.systemId,
    title: r.title,
    description: r.description,
    affectedPersons: r.affectedPersons,
    fundamentalRights: r.fundamentalRights,
    source: r.source,
    likelihood: r.likelihood,
    impact: r.impact,
    inherentScore,
    inherentBand: riskBand(r.likelihood, r.impact),
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    residualScore: residual ? r.residualLikelihood! * r.residualImpact! : null,
    residualBand: residual ? riskBand(r.residualLikelihood!, r.residualImpact!) : null,
    treatment: r.treatment,
    mitigation: r.mitigation,
    ownerId: r.ownerId,
    nextReviewDate: r.nextReviewDate,
    status: r.status,
    acceptance:
      r.treatment === "ACCEPT" && r.acceptedAt
        ? { justification: r.acceptanceJustification, acceptedBy: r.acceptedByLabel, acceptedAt: iso(r.acceptedAt) }
        : null,
    obligations: r.obligations,
    version: r.version,
    updatedAt: iso(r.updatedAt),
  };
}
