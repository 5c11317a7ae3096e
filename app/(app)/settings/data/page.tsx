import { Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getViewer } from "@/lib/dal/accounts/organizations";
import { OrganizationImportForm } from "./organization-import-form";

export const metadata: Metadata = { title: "Export and import" };

const link = "font-medium text-indigo-700 underline hover:text-indigo-900";
const button =
  "inline-flex items-center gap-2 rounded-md bg-indigo-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

export default async function DataSettingsPage() {
  const viewer = await getViewer(await requireActor());
  const isAdmin = !!viewer.role && can(viewer.role, "organization.export");
  return (
    <>
      <PageHeader
        title="Export and import"
        description="Take all of this organisation's records with you, restore them into an empty organisation, or move lists in and out as CSV."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader
            title="Lists as CSV or JSON"
            description="For spreadsheets and other tools. Each export holds what the list shows, with its filters."
          />
          <CardBody>
            <ul className="list-disc space-y-1.5 pl-5 text-sm text-slate-800">
              <li>
                <Link href="/systems" className={link}>
                  AI systems
                </Link>
                : Export CSV or Export JSON on the inventory.
              </li>
              <li>
                <Link href="/obligations" className={link}>
                  Obligations
                </Link>
                : Export CSV or Export JSON on the obligations list.
              </li>
              <li>
                <Link href="/systems/import" className={link}>
                  Import AI systems from CSV
                </Link>
                , with a template, column matching and a check before anything is written.
              </li>
            </ul>
          </CardBody>
        </Card>
        {!isAdmin && <Alert tone="info" title="Only administrators can export or import the whole organisation." />}
        {isAdmin && (
          <Card>
            <CardHeader
              title="Export organisation"
              description={`Everything ${viewer.organization?.name ?? "this organisation"} holds, as one JSON file: systems, classifications and reviews, obligations, comments, evidence files, legal records, models and datasets, monitoring, tasks, incidents, dossiers with their PDFs, attestations and the audit trail.`}
            />
            <CardBody className="space-y-3">
              <p className="text-sm text-slate-700">
                Members travel as email and role. Not included: webhook signing secrets and registry tokens (set them
                again after an import), API tokens, pending invitations, sessions, notifications and single sign-on
                domains. The file contains personal data and evidence: store it like a backup.
              </p>
              <a href="/settings/data/export" download className={button}>
                <Download aria-hidden="true" className="h-4 w-4" />
                Download organisation export
              </a>
            </CardBody>
          </Card>
        )}
        {isAdmin && (
          <Card>
            <CardHeader
              title="Import organisation export"
              description="Restores an export into this organisation, which must be empty (no AI systems or other records yet). All or nothing, in one step."
            />
            <CardBody className="space-y-3">
              <p className="text-sm text-slate-700">
                To restore, create a new organisation under{" "}
                <Link href="/settings" className={link}>
                  Settings → Organisation
                </Link>
                , switch to it and import here. Records get new ids and may only refer to each other; the export’s
                members are invited (each accepts their link), nobody is added and no account is created; people who are
                not members here stay as names on what they wrote; the audit trail is carried over with its original
                content and re-chained so that it verifies.
              </p>
              <OrganizationImportForm />
            </CardBody>
          </Card>
        )}
      </div>
    </>
  );
}
