import { packFileByToken } from "@/lib/dal/deployer-pack/public";
import { fileResponse } from "@/lib/http/download";
import { clientAddress } from "@/lib/net/client-address";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// Public: the n-th file the link's pack lists, and nothing else of the organisation (audited and rate-limited).
export const GET = createRoute({ auth: "public", params: ["token", "index"] }, async ({ request, params }) => {
  const file = await packFileByToken(params.token, clientAddress(request.headers), params.index);
  return fileResponse({ fileName: file.fileName, bytes: file.bytes, contentType: file.mimeType, sha256: file.sha256 });
});
