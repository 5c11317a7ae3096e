// Rows that name a system the organisation already has, or an earlier row of the same file. The model has no external
// id, so the name is the match: compared trimmed, ignoring case and runs of spaces, as a person reading the list would.

export type DuplicateDTO = {
  row: number;
  name: string;
} & ({ existing: { id: string; name: string }; sameAsRow?: never } | { sameAsRow: number; existing?: never });

export type ExistingSystem = { id: string; name: string; version: number };

export const nameKey = (name: string) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

export type RowAction = { kind: "create" } | { kind: "skip" } | { kind: "update"; target: ExistingSystem };

/** Sorts each valid row into create, update or skip, and keeps the list the check shows before importing. */
export class DuplicateFinder {
  readonly found: DuplicateDTO[] = [];
  // The existing systems the file matches, for the fingerprint that guards an update against changes since the check.
  readonly matched = new Map<string, ExistingSystem>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly existing: ReadonlyMap<string, ExistingSystem>,
    private readonly choice: "skip" | "update" | undefined,
  ) {}

  classify(row: number, name: string): RowAction {
    const key = nameKey(name);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.found.push({ row, name, sameAsRow: earlier });
      return { kind: "skip" };
    }
    this.seen.set(key, row);
    const target = this.existing.get(key);
    if (!target) return { kind: "create" };
    this.found.push({ row, name, existing: { id: target.id, name: target.name } });
    this.matched.set(target.id, target);
    return this.choice === "update" ? { kind: "update", target } : { kind: "skip" };
  }
}
