import type { Locale } from "@/lib/i18n/locales";
import type { ProfileField, TSystemProfile } from "@/lib/rules";
import { fromOrganisationHint } from "./intake-to-profile";

type Start = { draft: TSystemProfile | null; latestAnswers: TSystemProfile | null };

export type StartingAnswers = {
  answers: TSystemProfile;
  fromIntake: ProfileField[];
  fromOrganisation: ProfileField[];
  source: "draft" | "run" | "intake";
};

// Where the questionnaire starts: a saved draft wins as it is; otherwise the latest run's answers, with every answer
// the intake settles differently now taken from the intake (so an intake change shows up in the re-screen);
// otherwise the intake's answers alone. The organisation profile then fills only what is still open and was not
// answered "not sure": the intake and a run speak about this system, the profile only about the organisation.
// `fromIntake` and `fromOrganisation` list the answers to mark with where they came from.
export function startingAnswers(
  start: Start,
  intake: TSystemProfile,
  organisation: TSystemProfile = {},
): StartingAnswers {
  if (start.draft) return { answers: start.draft, fromIntake: [], fromOrganisation: [], source: "draft" };
  const intakeFields = Object.keys(intake) as ProfileField[];
  if (!start.latestAnswers)
    return withOrganisation(intake, organisation, { fromIntake: intakeFields, source: "intake" });
  const latest = start.latestAnswers;
  const changed = intakeFields.filter((f) => JSON.stringify(latest[f]) !== JSON.stringify(intake[f]));
  const answers = { ...latest, ...Object.fromEntries(changed.map((f) => [f, intake[f]])) } as TSystemProfile;
  return withOrganisation(answers, organisation, { fromIntake: changed, source: "run" });
}

function withOrganisation(
  answers: TSystemProfile,
  organisation: TSystemProfile,
  rest: Pick<StartingAnswers, "fromIntake" | "source">,
): StartingAnswers {
  const notSure = new Set(answers.notSure ?? []);
  const open = (Object.keys(organisation) as ProfileField[]).filter(
    (f) => organisation[f] !== undefined && answers[f] === undefined && !notSure.has(f),
  );
  const filled = { ...answers, ...Object.fromEntries(open.map((f) => [f, organisation[f]])) } as TSystemProfile;
  return { answers: filled, ...rest, fromOrganisation: open };
}

// The wizard shows one hint per question: an answer from the organisation profile says so first.
export function organisationHints(
  fromOrganisation: readonly ProfileField[],
  hints: Partial<Record<ProfileField, string>>,
  locale: Locale = "en",
): Partial<Record<ProfileField, string>> {
  const fromProfile = fromOrganisationHint(locale);
  const out = { ...hints };
  for (const field of fromOrganisation) out[field] = hints[field] ? `${fromProfile} ${hints[field]}` : fromProfile;
  return out;
}
