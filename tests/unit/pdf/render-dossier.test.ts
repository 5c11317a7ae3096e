import { describe, expect, it } from "vitest";
import { renderDossier, snapshotSha256 } from "@/lib/pdf/render-dossier";
import { defined, one } from "../../helpers/expect-defined";
import { CREDIT_PROFILE, makeSnapshot, MINIMAL_PROFILE, SHA_A, SHA_B } from "./fixtures";
import { pdfPages } from "./pdf-text";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

async function render(snapshot = makeSnapshot()) {
  const pdf = await renderDossier(snapshot);
  return { pdf, pages: await pdfPages(pdf), snapshot };
}

/** Section titles and page numbers as the contents page lists them (the running header follows the list). */
function contents(page: string): Map<string, number> {
  const list = page.slice(0, page.indexOf(" Banca Łódź"));
  const entries = [...list.matchAll(/(\d+)\. (.+?) (\d+)(?= \d+\. |$)/g)];
  return new Map(entries.map((m) => [defined(m[2], "a contents entry's title"), Number(m[3])]));
}

describe("dossier PDF, section by section", () => {
  it("prints the cover: organisation, system, date, rule-set version, dossier version and the snapshot's SHA-256", async () => {
    const { pages, snapshot } = await render();
    const cover = pages[0];
    expect(cover).toContain("Banca Łódź & Ærøskøbing Sparekasse");
    expect(cover).toContain("Retail credit scoring (ScoreOne)");
    expect(cover).toContain("Dossier version Version 3");
    expect(cover).toContain("22 Nov 2026");
    expect(cover).toContain("Rule-set version 2026-07-omnibus");
    expect(cover).toContain("Exported by Zoë Ærøskøbing (Legal)");
    expect(cover).toContain(`Snapshot SHA-256 ${snapshotSha256(snapshot)}`);
    expect(snapshotSha256(snapshot)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lists every section in the contents with the page it really starts on", async () => {
    const { pages } = await render();
    expect(pages[1]).toMatch(/^.*Contents/);
    const toc = contents(one(pages, 1, "contents page"));
    expect([...toc.keys()]).toEqual([
      "System description",
      "Classification",
      "Obligations",
      "Evidence index",
      "Annex IV technical documentation",
      "Fundamental rights impact assessment (Art 27)",
      "Audit trail excerpt",
      "Sign-off and verification",
    ]);
    for (const [i, [title, page]] of [...toc.entries()].entries()) {
      expect(pages[page - 1], `${title} on page ${page}`).toContain(`${i + 1}. ${title}`);
    }
  });

  it("puts 'Page n of m' on every page and the running header from page 2", async () => {
    const { pages } = await render();
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    for (const page of pages.slice(1)) expect(page).toContain("Dossier version 3 · 2026-11-22");
  });

  it("shows the classification with every finding's reason and citation and the legal review", async () => {
    const { pages, snapshot } = await render();
    const text = pages.join(" ");
    const result = snapshot.classification!.result;
    const compact = text.replace(/\s/g, "");
    expect(text).toContain("Tier High-risk");
    expect(text).toContain("High-risk via Annex III 5(b)");
    for (const finding of result.findings) {
      // A line may break after a hyphen inside a citation ("5(b)-" / "(c)"), so compare without white space.
      expect(compact).toContain(`${finding.reason}${finding.citation}`.replace(/\s/g, ""));
    }
    expect(text).toContain("Confirmed");
    expect(text).toContain("Credit scoring of natural persons is Annex III 5(b).");
  });

  it("states a disputed date as a note on the duties it concerns, not as a review flag", async () => {
    const { pages } = await render();
    const text = squash(pages.join(" "));
    expect(text).toContain("Disposition Final");
    expect(text).toContain("Notes: disputed dates and readings");
    expect(text).toMatch(
      /Whether registration \(Art 49\) and the right to explanation \(Art 86\) bite .* Concerns: Register in the EU database/,
    );
  });

  it("never prints a floor tier alone: an undetermined result says what it could be and which questions decide it", async () => {
    const { pages } = await render(
      makeSnapshot({ ...CREDIT_PROFILE, essentialServicesUses: undefined, notSure: ["essentialServicesUses"] }),
    );
    const text = squash(pages.join(" "));
    expect(text).toContain("Tier Not determined yet: could be High-risk (Minimal on the answers given so far)");
    expect(text).toContain("Disposition Not determined yet");
    expect(text).toContain(
      "Classification Not determined yet: could be High-risk (Minimal on the answers given so far) (run 2)",
    );
    expect(text).toMatch(/Questions that decide the result .*Answered "not sure"; who can answer:/);
  });

  it("lists obligations by role with status, owner, due date and evidence count", async () => {
    const { pages, snapshot } = await render();
    const text = pages.join(" ");
    expect(text).toMatch(/As provider \(\d+\)/);
    expect(text).toMatch(/As deployer \(\d+\)/);
    for (const o of snapshot.obligations) expect(text).toContain(squash(o.title));
    const first = one(snapshot.obligations, 0, "obligation");
    expect(text).toContain(`${first.article} ${first.title}`);
    expect(text).toContain("Done Ştefan Łukasiewicz 30 Jun 2027 1 item");
  });

  it("indexes evidence with file names and full SHA-256 hashes", async () => {
    const { pages } = await render();
    const text = pages.join(" ");
    expect(text).toContain(`SHA-256 ${SHA_B}`);
    expect(text).toContain(`SHA-256 ${SHA_A}`);
    expect(text).toContain("Version 2 · risk-policy-v2.pdf · 47.1 KB");
  });

  it("marks the nine Annex IV sections and the FRIA as not recorded yet where the law requires them", async () => {
    const { pages } = await render();
    const text = pages.join(" ");
    expect(text.match(/Section \d\. .+?: not recorded yet/g)).toHaveLength(9);
    expect(text).toContain("FRIA: not recorded yet");
    expect(text).toContain("Intended purpose: Assess the creditworthiness");
    expect(text).not.toContain("Art 6(3) assessment Assessment record");
  });

  it("leaves out Annex IV and FRIA for a minimal-risk system and prints the Art 6(3) record where a derogation is claimed", async () => {
    const minimal = contents(one((await render(makeSnapshot(MINIMAL_PROFILE))).pages, 1, "contents page"));
    expect([...minimal.keys()]).not.toContain("Annex IV technical documentation");
    expect([...minimal.keys()]).not.toContain("Fundamental rights impact assessment (Art 27)");
    const derogation = await render(
      makeSnapshot({
        ...CREDIT_PROFILE,
        annex3Areas: ["employment"],
        employmentUses: ["recruitment_selection"],
        essentialServicesUses: undefined,
        derogationConditions: ["preparatory_task"],
        performsProfiling: false,
      }),
    );
    expect([...contents(one(derogation.pages, 1, "contents page")).keys()]).toContain("Art 6(3) assessment");
    expect(derogation.pages.join(" ")).toContain("Conditions claimed Art 6(3)(d)");
    expect(derogation.pages.join(" ")).toContain("Assessment record: not recorded yet");
  });

  it("prints names in every EU script: Łódź, Ærøskøbing, Ştefan, Ελλάδα, България", async () => {
    const text = (await render()).pages.join(" ");
    for (const name of ["Łódź", "Ærøskøbing", "Ştefan", "Ελλάδα", "България"]) expect(text).toContain(name);
  });

  it("says plainly when a system is not classified yet", async () => {
    const snapshot = { ...makeSnapshot(), classification: null, reviews: [], obligations: [] };
    const text = (await render(snapshot)).pages.join(" ");
    expect(text).toContain("Not classified yet");
    expect(text).toContain("No legal review has been recorded yet.");
  });

  it("renders the same bytes for the same snapshot, and different bytes for a changed one", async () => {
    const a = await renderDossier(makeSnapshot());
    const b = await renderDossier(makeSnapshot());
    expect(a.equals(b)).toBe(true);
    const changed = makeSnapshot();
    changed.dossier.version = 4;
    expect(a.equals(await renderDossier(changed))).toBe(false);
  });
});
