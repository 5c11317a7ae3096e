import { db } from "@/lib/db/client";

// The rich organisation's Statement of Applicability: one excluded ISO 42001 control with its justification and who
// decided, so the export round trip covers the table and maps updatedById to the member on import.
export async function addRichStandards(o: { organizationId: string; memberId: string }): Promise<void> {
  await db().controlApplicability.create({
    data: {
      organizationId: o.organizationId,
      framework: "iso-42001",
      controlId: "A.10.4",
      applicable: false,
      justification: "We have no external customers: every AI system is for internal use.",
      updatedById: o.memberId,
    },
  });
}
