import type { ReactNode } from "react";
import { PACK_FILE_LABELS, type PackSnapshot } from "@/lib/deployer-pack/snapshot";

type Props = {
  pack: PackSnapshot;
  missing: string[];
  pdfHref: string;
  pdfSha256: string;
  // null: the file is no longer among the system's evidence (shown without a link).
  fileHref: (index: number) => string | null;
};

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

function FileName({ href, name }: { href: string | null; name: string }) {
  if (!href) return <span className="font-medium break-all text-slate-900">{name} (no longer held)</span>;
  return (
    <a className="font-medium break-all text-indigo-800 underline" href={href}>
      {name}
    </a>
  );
}

const orNot = (value: string) => value || <span className="text-slate-600">Not given</span>;

// One published version as its customers see it: the facts, the files with their SHA-256, and what is missing.
export function PackView({ pack, missing, pdfHref, pdfSha256, fileHref }: Props) {
  const contact = [pack.incidentContact.name, pack.incidentContact.email].filter(Boolean).join(", ");
  return (
    <div className="space-y-6">
      <dl className="space-y-3">
        <Fact label="Provider">{pack.providerName}</Fact>
        <Fact label="AI system">{pack.systemName}</Fact>
        <Fact label="Version">
          {pack.version}, published {pack.publishedAt.slice(0, 10)}
        </Fact>
        <Fact label="Risk classification">{pack.tier}</Fact>
        <Fact label="Intended purpose">{orNot(pack.intendedPurpose)}</Fact>
        <Fact label="EU database registration">{orNot(pack.registrationNumber)}</Fact>
        <Fact label="CE marking and notified body">{orNot(pack.ceMarking)}</Fact>
        <Fact label="Report serious incidents to">
          {pack.incidentContact.email ? (
            <a className="font-medium text-indigo-800 underline" href={`mailto:${pack.incidentContact.email}`}>
              {contact}
            </a>
          ) : (
            orNot("")
          )}
        </Fact>
      </dl>
      <section aria-labelledby="pack-files">
        <h2 id="pack-files" className="text-base font-semibold text-slate-900">
          Documents
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          <li className="p-3">
            <a className="font-medium text-indigo-800 underline" href={pdfHref}>
              Deployer pack (signed PDF)
            </a>
            <p className="font-mono text-xs break-all text-slate-600">SHA-256 {pdfSha256}</p>
          </li>
          {pack.files.map((file, index) => (
            <li key={`${file.kind}-${file.sha256}`} className="p-3">
              <p className="text-sm text-slate-600">{PACK_FILE_LABELS[file.kind]}</p>
              <FileName href={fileHref(index)} name={file.fileName} />{" "}
              <span className="text-sm text-slate-600">({sizeLabel(file.sizeBytes)})</span>
              <p className="font-mono text-xs break-all text-slate-600">SHA-256 {file.sha256}</p>
            </li>
          ))}
        </ul>
      </section>
      {missing.length > 0 && (
        <section aria-labelledby="pack-missing" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <h2 id="pack-missing" className="text-sm font-semibold text-amber-900">
            Not included yet
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-amber-900">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
