import type { LegalField } from "./fields";

type EditorState = {
  record: {
    fields: Record<string, string>;
    version: number;
    ownerId: string | null;
    complete: boolean;
    evidenceIds: string[];
  } | null;
  prefill: Record<string, string>;
};

// The editor's starting values: the saved record, or for a new one the pre-filled facts (version 0 means "new").
export function recordDefaults(systemId: string, defs: readonly LegalField[], editor: EditorState) {
  const source = editor.record?.fields ?? editor.prefill;
  return {
    systemId,
    version: editor.record?.version ?? 0,
    ownerId: editor.record?.ownerId ?? "",
    complete: editor.record?.complete ?? false,
    evidenceIds: editor.record?.evidenceIds ?? [],
    fields: Object.fromEntries(defs.map((f) => [f.key, source[f.key] ?? ""])),
  };
}
