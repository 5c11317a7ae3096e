import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PackView } from "@/components/deployer-pack/pack-view";
import { Alert } from "@/components/ui/alert";
import { requestIp } from "@/lib/auth/request-ip";
import { viewPackByToken } from "@/lib/dal/deployer-pack/public";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PublicPack");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function PublicPackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("PublicPack");
  let pack;
  try {
    pack = await viewPackByToken(token, await requestIp());
  } catch (error) {
    if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "RATE_LIMITED")) throw error;
    // By the refusal's code: the data layer words one sentence per code, in English.
    return (
      <>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <div className="mt-4">
          <Alert tone="error">{error.code === "RATE_LIMITED" ? t("rateLimited") : t("refused")}</Alert>
        </div>
      </>
    );
  }
  const base = `/pack/${token}`;
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("heading", { system: pack.snapshot.systemName })}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        {t("intro", { provider: pack.snapshot.providerName, customer: pack.label })}
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
