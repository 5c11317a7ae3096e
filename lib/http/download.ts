import "server-only";

// Short plain-text answers for route handlers that browsers open directly (downloads): no HTML, never sniffed.
export function plainText(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

export type StoredFile = { fileName: string; bytes: Uint8Array; contentType: string; sha256?: string };

// RFC 6266: a plain ASCII fallback plus the exact UTF-8 name.
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

// Always an attachment with nosniff, so a stored file is never rendered as a page of this site; the bytes go out
// exactly as stored (sealed files must verify byte for byte), with their SHA-256 as a Digest when known.
export function fileResponse(file: StoredFile): Response {
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Length": String(file.bytes.byteLength),
    "Content-Disposition": contentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
  if (file.sha256) headers.Digest = `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`;
  return new Response(new Uint8Array(file.bytes), { headers });
}
