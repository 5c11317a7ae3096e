import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { DraftNotice } from "@/components/forms/draft-notice";
import type { Locale } from "@/lib/i18n/locales";
import { renderIn } from "./render-in";

const notice = (locale: Locale, version?: number) =>
  renderIn(
    locale,
    h(DraftNotice, { restored: { savedAt: "2026-12-06T09:15:00Z", version }, currentVersion: 3, onDiscard: () => {} }),
  );

// The notice over a form with a draft restored from this browser, in the reader's language with a date they read.
describe("the restored-draft notice", () => {
  it("speaks German and French, with the time in UTC as everywhere else", () => {
    expect(notice("de", 3)).toContain("Ihr ungespeicherter Entwurf vom 06.12.2026, 09:15 UTC wurde wiederhergestellt.");
    expect(notice("de", 3)).toContain("Er ist noch nicht gespeichert.");
    expect(notice("de", 3)).toContain(">Entwurf verwerfen<");
    expect(notice("fr", 2)).toContain("Quelqu'un a enregistré cette fiche depuis que vous l'avez commencée");
    expect(notice("fr", 2)).toContain(">Supprimer le brouillon<");
  });

  it("in English, the time in UTC like the rest of the app", () => {
    expect(notice("en", 3)).toContain("Restored your unsaved draft from 6 Dec 2026, 09:15 UTC. It is not saved yet.");
    expect(notice("en", 2)).toContain("Someone has saved this record since you started it");
  });
});
