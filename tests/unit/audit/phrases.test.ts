import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditDid, auditTitle } from "@/lib/audit/phrases";

// The data-layer domains whose audit events concern one AI system and so appear on its Activity tab and in its
// dossier. Organisation-level events (models registered, imports) are shown elsewhere and are not listed here.
const SYSTEM_DOMAINS = [
  "systems",
  "classification",
  "obligations",
  "legal-records",
  "risks",
  "monitoring",
  "incidents",
  "dossiers",
  "deployer-pack",
  "vendors",
];
const ORGANISATION_LEVEL = new Set(["systems.imported", "model.registered", "model.version_registered"]);
ORGANISATION_LEVEL.add("model.version_updated");
// The organisation's own words for the risk scale (Settings → Risk scale), written beside the register's code.
ORGANISATION_LEVEL.add("organization.risk_scale_updated");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function writtenActions(): string[] {
  const found = new Set<string>();
  for (const domain of SYSTEM_DOMAINS) {
    for (const file of sources(join("lib/dal", domain))) {
      const text = readFileSync(file, "utf8");
      // `action: "a.b"` and `action: cond ? "a.b" : "c.d"`
      for (const m of text.matchAll(/action:\s*([^,\n]*)/g))
        for (const q of (m[1] ?? "").matchAll(/"([a-z_]+\.[a-z_]+)"/g)) found.add(q[1] ?? "");
    }
  }
  return [...found].filter((a) => !ORGANISATION_LEVEL.has(a)).sort();
}

describe("audit phrases", () => {
  it("words every audit action a system's data layer writes, instead of showing its code", () => {
    const actions = writtenActions();
    expect(actions).toContain("risk.accepted");
    expect(actions).toContain("review.sent_back");
    expect(actions.filter((a) => auditDid(a) === a || auditTitle(a) === a)).toEqual([]);
  });

  it("falls back to the code for an action it does not know, so nothing is hidden", () => {
    expect(auditDid("something.new")).toBe("something.new");
    expect(auditTitle("risk.accepted")).toBe("Risk accepted");
  });
});
