import { useLocale, useTranslations } from "next-intl";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/access/permissions";
import type { AttestationDTO } from "@/lib/dal/dossiers/dossiers";
import { formatDateTimeIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { ROLE_KEYS } from "@/components/i18n/role-keys";

// An attestation keeps the role's English label as it was when signed (ROLE_LABELS), so a later rename does not
// rewrite it; the reader sees that role in their language, and a label no role has any more as it was written.
const ROLE_BY_LABEL = new Map<string, Role>(ROLES.map((role) => [ROLE_LABELS[role], role]));

export function AttestationList({ attestations }: { attestations: AttestationDTO[] }) {
  const t = useTranslations("DossierAttestation");
  const roles = useTranslations("Roles");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  if (attestations.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const roleName = (label: string) => {
    const role = ROLE_BY_LABEL.get(label);
    return role ? roles(ROLE_KEYS[role]) : label;
  };
  return (
    <ul className="space-y-2">
      {attestations.map((a) => (
        <li key={a.id} className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-slate-900">
          <p>
            <span className="font-semibold">{a.name}</span> <span className="text-slate-700">({roleName(a.role)})</span>
            <span className="text-slate-700"> {t("attestedOn", { at: formatDateTimeIn(locale, a.attestedAt) })}</span>
          </p>
          <blockquote className="mt-1 whitespace-pre-line border-l-2 border-emerald-400 pl-3 text-slate-800">
            {a.statement}
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
