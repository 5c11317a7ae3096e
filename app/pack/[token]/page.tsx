import type { Metadata } from "next";
import { PackView } from "@/components/deployer-pack/pack-view";
import { Alert } from "@/components/ui/alert";
import { requestIp } from "@/lib/auth/request-ip";
import { viewPackByToken } from "@/lib/dal/deployer-pack/public";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Deployer pack", robots: { index: false, follow: false } };

export default async function PublicPackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let pack;
  try {
    pack = await viewPackByToken(token, await requestIp());
  } catch (error) {
    if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "RATE_LIMITED")) throw error;
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">Deployer pack</h1>
        <div className="mt-4">
          <Alert tone="error">{error.message}</Alert>
        </div>
      </>
    );
  }
  const base = `/pack/${token}`;
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Deployer pack: {pack.snapshot.systemName}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        Information from {pack.snapshot.providerName} for {pack.label}, under the EU AI Act.
      </p>
      <PackView
        pack={pack.snapshot}
        missing={pack.missing}
        pdfHref={`${base}/pdf`}
        pdfSha256={pack.pdfSha256}
        fileHref={(i) => `${base}/files/${i}`}
      />
    </>
  );
}
