import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";

// The upload options of the register's two file routes (with a training, and later on the person's page): the same
// limit and wording as an obligation's evidence upload.
export const COMPLETION_UPLOAD = {
  auth: "member",
  signIn: "Your session has ended. Sign in again in another tab, then upload again.",
  sameOrigin: "Uploads must come from this site.",
  upload: {
    field: "file",
    maxBytes: MAX_EVIDENCE_BYTES,
    tooLarge: "The file is over the limit of 20 MB per file.",
    required: "Choose a file to upload.",
    unreadable: "The upload could not be read (it may have been cut off). Nothing was stored; please try again.",
  },
} as const;
