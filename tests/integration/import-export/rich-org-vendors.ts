import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";

// The rich organisation's vendor register: a vendor supplying the system and its model, a request about the system
// with an answered item filed as evidence, so the export round trip and the tenant probes cover all six tables.
export async function addRichVendors(o: { organizationId: string; systemId: string; memberId: string }) {
  const { organizationId, systemId } = o;
  const model = await db().aiModel.findFirstOrThrow({ where: { organizationId }, select: { id: true } });
  const vendor = await db().vendor.create({
    data: {
      organizationId,
      name: "Rich vendor",
      contactName: "Vera Vendor",
      contactEmail: "vera@vendor.example",
      website: "https://vendor.example",
      notes: "Supplies the scoring engine.",
    },
  });
  await db().vendorSystem.create({ data: { organizationId, vendorId: vendor.id, systemId } });
  await db().vendorModel.create({ data: { organizationId, vendorId: vendor.id, modelId: model.id } });
  const request = await db().vendorRequest.create({
    data: {
      organizationId,
      vendorId: vendor.id,
      systemId,
      tokenHash: sha256Hex(randomSecret()),
      message: "Please send the instructions for use.",
      dueDate: new Date("2026-12-20"),
      expiresAt: new Date("2027-01-05T00:00:00Z"),
      createdById: o.memberId,
      createdByLabel: "Rich legal",
      extensionUntil: new Date("2027-01-02"),
      extensionReason: "Translation pending.",
      extensionAccepted: true,
    },
  });
  const item = await db().vendorRequestItem.create({
    data: {
      organizationId,
      requestId: request.id,
      kind: "registration_number",
      answerText: "EU-DB-0001",
      answeredAt: new Date("2026-12-10T10:00:00Z"),
    },
  });
  const evidence = await db().evidence.create({
    data: { organizationId, systemId, kind: "FILE", title: "EU database registration number: from Rich vendor" },
  });
  await db().vendorAnswerEvidence.create({ data: { organizationId, itemId: item.id, evidenceId: evidence.id } });
}
