// Shared by the browser (early feedback) and the server (the real check); free of Node-only imports.
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

export const ALLOWED_EVIDENCE_TYPES_TEXT =
  "PDF, PNG, JPEG, Word, Excel or PowerPoint (.docx, .xlsx, .pptx), CSV, plain text, JSON or Markdown";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
