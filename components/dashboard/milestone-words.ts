import { useTranslations } from "next-intl";
import { MILESTONES } from "@/lib/dashboard/milestones";

const KEYS: Record<string, Parameters<ReturnType<typeof useTranslations<"DashboardMilestones">>>[0]> = {
  "2025-02-02": "d20250202",
  "2025-08-02": "d20250802",
  "2026-08-02": "d20260802",
  "2026-12-02": "d20261202",
  "2027-08-02": "d20270802",
  "2027-12-02": "d20271202",
  "2028-08-02": "d20280802",
  "2030-08-02": "d20300802",
  "2030-12-31": "d20301231",
};
const DAY_OF = new Map(Object.entries(MILESTONES).map(([day, english]) => [english, day]));

/**
 * The timeline's milestone captions in the reader's language. lib/dashboard keeps them in English (the view model
 * hands over captions, not dates), so a caption is found by its English text; one without a message stays English.
 */
export function useMilestone() {
  const t = useTranslations("DashboardMilestones");
  const byDay = (day: string): string | undefined => {
    const key = KEYS[day];
    return key ? t(key) : MILESTONES[day];
  };
  return {
    byDay,
    caption: (english: string) => {
      const day = DAY_OF.get(english);
      return (day && byDay(day)) ?? english;
    },
  };
}
