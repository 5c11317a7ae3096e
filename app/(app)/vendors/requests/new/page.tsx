import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VendorRequestForm } from "@/components/vendors/request-form";
import { requireActor } from "@/lib/auth/session";
import { vendorRequestForm } from "@/lib/dal/vendors/requests";
import { isAppError } from "@/lib/errors";
import { createVendorRequestAction } from "../../actions";

export const metadata: Metadata = { title: "Request information from the vendor" };

type Props = { searchParams: Promise<{ systemId?: string }> };

export default async function NewVendorRequestPage({ searchParams }: Props) {
  const [actor, { systemId }] = await Promise.all([requireActor(), searchParams]);
  if (!systemId) notFound();
  let data;
  try {
    data = await vendorRequestForm(actor, systemId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "FORBIDDEN") {
      return (
        <Alert tone="info" title="You cannot request information from vendors">
          Administrators, compliance officers and legal send requests to vendors.
        </Alert>
      );
    }
    throw error;
  }
  return (
    <>
      <PageHeader
        title="Request information from the vendor"
        description={
          <>
            For{" "}
            <Link
              href={`/systems/${data.system.id}`}
              className="font-medium text-indigo-700 underline underline-offset-2"
            >
              {data.system.name}
            </Link>
            . The vendor answers through a link of its own, without an account; its answers become evidence on the
            obligations they support.
          </>
        }
      />
      <Card className="max-w-3xl">
        <CardBody>
          {data.vendors.length === 0 ? (
            <Alert tone="info" title="No vendors yet">
              Add the vendor to the{" "}
              <Link href="/vendors" className="underline">
                vendor register
              </Link>{" "}
              first
              {data.system.vendorText ? ` (the intake names “${data.system.vendorText}”)` : ""}.
            </Alert>
          ) : (
            <VendorRequestForm
              systemId={data.system.id}
              vendors={data.vendors}
              defaultVendorId={data.defaultVendorId}
              preselected={data.preselected}
              create={createVendorRequestAction}
            />
          )}
        </CardBody>
      </Card>
    </>
  );
}
