import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { OIDC_PROVIDER_ID, oidcConfig, SSO_ERRORS } from "@/lib/auth/oidc";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { LoginForm } from "./login-form";
import { SsoButton } from "./sso-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("pageTitle") };
}

const REASONS = { expired: "reasonExpired", signedout: "reasonSignedOut" } as const;

function isReason(reason: string | undefined): reason is keyof typeof REASONS {
  return !!reason && Object.hasOwn(REASONS, reason);
}

// next-auth sends failed SSO sign-ins here with ?error=…; the two of our own say what to do about them.
const SSO_ERROR_MESSAGES: Record<string, string> = {
  [SSO_ERRORS.noOrganisation]:
    "Your sign-in worked, but your email domain is not linked to any organisation in Actlas. Ask your Actlas administrator to invite you or to add your domain under Settings → Single sign-on.",
  [SSO_ERRORS.unverifiedEmail]:
    "Your identity provider did not confirm your email address, so Actlas cannot tell which organisation you belong to. Ask your IT team to verify it.",
};
const GENERIC_SSO_ERROR =
  "Single sign-on did not complete. Please try again; if it keeps failing, ask your administrator.";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const [{ reason, callbackUrl, error }, t] = await Promise.all([searchParams, getTranslations("SignIn")]);
  // Only same-site paths are followed after sign-in, never another host.
  const next = safeNextPath(callbackUrl);
  const sso = oidcConfig();
  const ssoError = error && error !== "CredentialsSignin" ? (SSO_ERROR_MESSAGES[error] ?? GENERIC_SSO_ERROR) : null;
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      <div className="mt-4 space-y-3">
        {isReason(reason) && <Alert tone="info">{t(REASONS[reason])}</Alert>}
        {ssoError && <Alert tone="error">{ssoError}</Alert>}
      </div>
      {sso && (
        <div className="mt-4 space-y-4">
          <SsoButton providerId={OIDC_PROVIDER_ID} name={sso.name} next={next} />
          <p
            className="flex items-center gap-3 text-xs font-medium uppercase tracking-wide text-slate-600"
            aria-hidden="true"
          >
            <span className="h-px flex-1 bg-slate-200" />
            {t("orWithEmail")}
            <span className="h-px flex-1 bg-slate-200" />
          </p>
        </div>
      )}
      <LoginForm next={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          {t("forgotPassword")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-600">
        {t("newToActlas")}{" "}
        <Link href="/signup" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          {t("createOrganisation")}
        </Link>
      </p>
    </>
  );
}
