import type { Metadata } from "next";
import { SsoDomainsPanel } from "@/components/sso/sso-domains-panel";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { oidcConfig } from "@/lib/auth/oidc";
import { requireActor } from "@/lib/auth/session";
import { listSsoDomains } from "@/lib/dal/sso/sso-domains";
import { isAppError } from "@/lib/errors";
import { addSsoDomainAction, removeSsoDomainAction, verifySsoDomainAction } from "./actions";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoSettingsPage() {
  const actor = await requireActor();
  const domains = await listSsoDomains(actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  const provider = oidcConfig();
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="People sign in with your company's identity provider (OpenID Connect). Their email domain decides which organisation they join and with which role."
      />
      {!domains ? (
        <Alert tone="info">Only administrators can manage single sign-on.</Alert>
      ) : (
        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Identity provider"
              description="Set by the operator of this Actlas installation (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET)."
            />
            <CardBody>
              {provider ? (
                <p className="text-sm text-slate-700">
                  The sign-in page offers <strong className="text-slate-900">Sign in with {provider.name}</strong>,
                  issued by <code className="break-all font-mono text-xs">{provider.issuer}</code>.
                </p>
              ) : (
                <Alert tone="info">
                  No identity provider is configured on this installation yet. You can map domains now; they take effect
                  once it is.
                </Alert>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title="Email domains"
              description="Someone who signs in with single sign-on and a verified address at one of these domains becomes a member of this organisation on their first sign-in, with the role given here. You can change their role afterwards in Settings."
            />
            <div className="border-b border-slate-100 px-5 py-4">
              <Alert tone="info" title="Each domain must be verified before it maps sign-ins">
                <p>
                  Anyone can type a domain here, so Actlas only maps sign-ins once your organisation proves it controls
                  the domain by publishing a DNS record: otherwise another organisation could claim your domain and
                  receive your colleagues.
                </p>
              </Alert>
            </div>
            <SsoDomainsPanel
              domains={domains}
              actions={{ add: addSsoDomainAction, verify: verifySsoDomainAction, remove: removeSsoDomainAction }}
            />
          </Card>
        </div>
      )}
    </>
  );
}
