import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { ROLE_LABELS, type Role } from "@/lib/access/permissions";

// Shown instead of the form to roles without system.write; the server refuses their saves anyway.
export function NoWriteAccess({ role, backHref }: { role: Role | null; backHref: string }) {
  return (
    <div className="max-w-2xl space-y-4">
      <Alert tone="error" title="You cannot change AI systems">
        Your role{role ? ` (${ROLE_LABELS[role]})` : ""} can view the inventory but not add or edit systems. Ask a
        compliance officer or an administrator to make this change.
      </Alert>
      <ButtonLink href={backHref} variant="secondary">
        Back
      </ButtonLink>
    </div>
  );
}
