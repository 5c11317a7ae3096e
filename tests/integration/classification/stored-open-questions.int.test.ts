import { describe, expect, it } from "vitest";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { listReviewQueue, requestReview } from "@/lib/dal/classification/review-requests";
import { getClassificationHistory } from "@/lib/dal/classification/run-history";
import { questionnaireProgress } from "@/lib/classification/progress";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { CV_SCREENING_DISPUTED } from "./profiles";

// Two questions the engine never reads for this system left blank: the result still waits for legal.
const { placesOnEuMarket: _m, interactsWithPersons: _i, ...ANSWERS } = CV_SCREENING_DISPUTED;

// Legal's queue says how many questions are open in the result it asks about: the number the classification page
// and the questionnaire show for the same stored answers, not the engine's own shorter list.
describe("open questions of a stored run", () => {
  it("the review queue counts them as the questionnaire does", async () => {
    const { organizationId, admin } = await createOrganization();
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const legal = await addMember(organizationId, "LEGAL");
    const systemId = await createSystem(organizationId, "CV screening");
    const { result } = await storeClassificationRun(admin, { systemId, answers: ANSWERS });
    await requestReview(officer, { systemId, question: "Is the ranking a decision?" });

    const { current } = await getClassificationHistory(legal, systemId);
    const progress = questionnaireProgress(current!.answers, result.asOf);
    const open = progress.unanswered + progress.notSure;
    expect(result.disposition).toBe("requires_review");
    expect(open).not.toBe(result.openQuestions.length);
    const [item] = await listReviewQueue(legal);
    expect(item?.openQuestions).toBe(open);
  });
});
