import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { one } from "../../helpers/expect-defined";
import { makeSnapshot } from "./fixtures";
import { pdfPages } from "./pdf-text";

const run = promisify(execFile);

// The fonts are parsed once per process and the shaped words are shared between documents (lib/pdf/fonts.ts). These
// tests fail if that sharing leaks from one document into the next: a glyph missing from a document's own subset
// would not extract, and a cached layout that changed would change the bytes of an identical snapshot.

function named(name: string, description: string): DossierSnapshot {
  const base = makeSnapshot();
  return { ...base, system: { ...base.system, name, description } };
}

/** pdffonts' table: one row per font with its name and the emb / sub / uni flags. */
async function fontsOf(pdf: Buffer): Promise<{ name: string; embedded: boolean; subset: boolean; unicode: boolean }[]> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "actlas-fonts-")), "dossier.pdf");
  await writeFile(file, pdf);
  const { stdout } = await run("pdffonts", [file]);
  return stdout
    .trim()
    .split("\n")
    .slice(2)
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [emb, sub, uni] = cells.slice(-5, -2);
      return {
        name: one(cells, 0, "font name"),
        embedded: emb === "yes",
        subset: sub === "yes",
        unicode: uni === "yes",
      };
    });
}

describe("dossiers rendered one after the other in the same process", () => {
  const first = named("Żółw credit scoring", "Scores applicants in Polska.");
  // Letters the first dossier never uses (Cyrillic, Greek, Turkish), so they must come from the second's own subset.
  const second = named("Жираф fraud detection", "Flags payments in Ελλάδα and Türkiye: ЩЮЯ ξψω ğış.");

  it("each extract with their own text, including letters only the later one uses", async () => {
    const a = (await pdfPages(await renderDossier(first))).join(" ");
    const b = (await pdfPages(await renderDossier(second))).join(" ");
    expect(a).toContain("Żółw credit scoring");
    expect(a).not.toContain("Жираф");
    expect(b).toContain("Жираф fraud detection");
    expect(b).toContain("Flags payments in Ελλάδα and Türkiye: ЩЮЯ ξψω ğış.");
    expect(b).not.toContain("Żółw");
  });

  it("embed every font as their own subset with a Unicode map", async () => {
    for (const snapshot of [first, second]) {
      const fonts = await fontsOf(await renderDossier(snapshot));
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSansMono",
      ]);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+/);
        expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      }
    }
  });

  // Accented letters such as "í" are built from parts: the font draws them from the dotless "ı" and an accent, and
  // embedding them reads that part without a letter of its own. The parsed font is shared by every document in the
  // process, so that must not change what a later dossier's own "ı" says it is (its text, and so its bytes).
  it("give a dossier the same bytes whichever letters an earlier dossier was built from", async () => {
    const accented = named("Martínez scoring", "Owned by Martínez, Loïc and Benoît.");
    const turkish = named("Kısa vadeli kredi", "Scores applicants in Türkiye: ığış.");
    const freshProcess = async () => {
      vi.resetModules();
      return (await import("@/lib/pdf/render-dossier")).renderDossier;
    };
    const alone = await (await freshProcess())(turkish);
    const render = await freshProcess();
    await render(accented);
    expect((await render(turkish)).equals(alone)).toBe(true);
  });

  it("give the same bytes for the same snapshot whatever was rendered before", async () => {
    const alone = await renderDossier(first);
    await renderDossier(second);
    expect((await renderDossier(first)).equals(alone)).toBe(true);
  });
});
