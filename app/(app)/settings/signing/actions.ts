"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { uploadSigningCertificate } from "@/lib/dal/signing/signing-certificate";
import { ZUploadSigningCertificate } from "@/lib/validations/signing-certificate";

export const uploadSigningCertificateAction = createAction(ZUploadSigningCertificate, async (input, actor) => {
  const certificate = await uploadSigningCertificate(actor, input);
  revalidatePath("/settings/signing");
  return { fingerprintSha256: certificate.fingerprintSha256 };
});
