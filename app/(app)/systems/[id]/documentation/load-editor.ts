import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/access/permissions";
import { requireActor } from "@/lib/auth/session";
import { getRecordEditor, type RecordEditorDTO } from "@/lib/dal/legal-records/legal-records";
import { getViewer } from "@/lib/dal/accounts/organizations";
import type { RecordKindCode } from "@/lib/legal/applicability";
import { isAppError } from "@/lib/errors";

export type EditorPageData = {
  editor: RecordEditorDTO;
  canEdit: boolean;
  canSignOff: boolean;
  // Whose local drafts the editor may restore: this person's, in this organisation.
  draftScope: { organizationId: string | null; userId: string };
};

// Shared by the three editor pages: an unknown section is a 404 like a foreign system.
export async function loadEditor(systemId: string, kind: RecordKindCode, section = 0): Promise<EditorPageData> {
  const actor = await requireActor();
  try {
    const [editor, viewer] = await Promise.all([getRecordEditor(actor, systemId, kind, section), getViewer(actor)]);
    return {
      editor,
      canEdit: !!viewer.role && can(viewer.role, "legal.write"),
      canSignOff: !!viewer.role && can(viewer.role, "classification.review"),
      draftScope: { organizationId: actor.organizationId, userId: actor.userId },
    };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
