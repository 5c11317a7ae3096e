import { z } from "zod";

// A PKCS#12 with a key and a few certificates is a few kilobytes; 64 KB leaves room for long chains.
export const MAX_PKCS12_BYTES = 64 * 1024;
const MAX_BASE64 = Math.ceil(MAX_PKCS12_BYTES / 3) * 4;

// The file travels as base64 (the browser reads it), so the same schema checks it in the form and in the action.
export const ZUploadSigningCertificate = z.object({
  file: z
    .string()
    .min(1, "Choose the .p12 or .pfx file from your trust service provider.")
    .max(MAX_BASE64, `The file is too large: a PKCS#12 file is at most ${MAX_PKCS12_BYTES / 1024} KB.`)
    .base64("This is not a PKCS#12 file (.p12 or .pfx)."),
  password: z.string().max(1024, "The password is at most 1,024 characters."),
});
export type TUploadSigningCertificate = z.input<typeof ZUploadSigningCertificate>;
