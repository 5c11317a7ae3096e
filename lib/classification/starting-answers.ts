import type { ProfileField, TSystemProfile } from "@/lib/rules";

type Start = { draft: TSystemProfile | null; latestAnswers: TSystemProfile | null };

export type StartingAnswers = { answers: TSystemProfile; fromIntake: ProfileField[]; source: "draft" | "run" | "intake" };

// Where the questionnaire starts: a saved draft wins; otherwise the latest run's answers, with every answer the
// intake settles differently now taken from the intake (so an intake change shows up in the re-screen); otherwise
// the intake's answers alone. `fromIntake` lists the answers to mark as coming from the intake.
export function startingAnswers(start: Start, intake: TSystemProfile): StartingAnswers {
  if (start.draft) return { answers: start.draft, fromIntake: [], source: "draft" };
  const intakeFields = Object.keys(intake) as ProfileField[];
  if (!start.latestAnswers) return { answers: intake, fromIntake: intakeFields, source: "intake" };
  const latest = start.latestAnswers;
  const changed = intakeFields.filter((f) => JSON.stringify(latest[f]) !== JSON.stringify(intake[f]));
  const answers = { ...latest, ...Object.fromEntries(changed.map((f) => [f, intake[f]])) } as TSystemProfile;
  return { answers, fromIntake: changed, source: "run" };
}
