import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VendorRequestForm } from "@/components/vendors/request-form";
import { requireActor } from "@/lib/auth/session";
import { vendorRequestForm } from "@/lib/dal/vendors/requests";
import { isAppError } from "@/lib/errors";
import { createVendorRequestAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("VendorRequestPage"))("newTitle") };
}

type Props = { searchParams: Promise<{ systemId?: string }> };

export default async function NewVendorRequestPage({ searchParams }: Props) {
  const [actor, { systemId }, t] = await Promise.all([
    requireActor(),
    searchParams,
    getTranslations("VendorRequestPage"),
  ]);
  if (!systemId) notFound();
  let data;
  try {
    data = await vendorRequestForm(actor, systemId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <Alert tone="info" title={t("forbiddenTitle")}>
          {t("forbiddenBody")}
        </Alert>
      );
    }
    throw error;
  }
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={t.rich("newDescription", {
          system: data.system.name,
          link: (chunks: ReactNode) => (
            <Link
              href={`/systems/${data.system.id}`}
              className="font-medium text-indigo-700 underline underline-offset-2"
            >
              {chunks}
            </Link>
          ),
        })}
      />
      <Card className="max-w-3xl">
        <CardBody>
          {data.vendors.length === 0 ? (
            <Alert tone="info" title={t("noVendorsTitle")}>
              {t.rich(data.system.vendorText ? "noVendorsNamed" : "noVendorsBody", {
                vendor: data.system.vendorText ?? "",
                link: (chunks: ReactNode) => (
                  <Link href="/vendors" className="underline">
                    {chunks}
                  </Link>
                ),
              })}
            </Alert>
          ) : (
            <ClientMessages namespaces={["VendorRequestForm", "RespondItems"]}>
              <VendorRequestForm
                systemId={data.system.id}
                vendors={data.vendors}
                defaultVendorId={data.defaultVendorId}
                preselected={data.preselected}
                create={createVendorRequestAction}
              />
            </ClientMessages>
          )}
        </CardBody>
      </Card>
    </>
  );
}
