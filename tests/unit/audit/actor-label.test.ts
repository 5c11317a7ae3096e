// Issue #22: an actor without an account is stored in the audit trail in the data layer's English; a German or French
// reader sees it in their language, and a person's e-mail or name is left as it is.
import { describe, expect, it } from "vitest";
import { actorLabelIn } from "@/lib/audit/actor-label";

describe("actorLabelIn", () => {
  it.each([
    ['Customer link "Acme GmbH"', "Kundenlink „Acme GmbH“", "Lien client « Acme GmbH »"],
    [
      "Acme (vendor, through the request link)",
      "Acme (Lieferant, über den Anfragelink)",
      "Acme (fournisseur, via le lien de demande)",
    ],
    [
      "scheduled sync of MLflow prod",
      "geplante Synchronisierung von MLflow prod",
      "synchronisation planifiée de MLflow prod",
    ],
    [
      "ana@bank.example (single sign-on)",
      "ana@bank.example (Single Sign-on)",
      "ana@bank.example (authentification unique)",
    ],
    ["token CI (actlas_ab12)", "Token CI (actlas_ab12)", "jeton CI (actlas_ab12)"],
  ])("%s", (english, german, french) => {
    expect(actorLabelIn("en", english)).toBe(english);
    expect(actorLabelIn("de", english)).toBe(german);
    expect(actorLabelIn("fr", english)).toBe(french);
  });

  it("leaves a person's e-mail and a name that merely looks like a pattern's end alone", () => {
    for (const label of ["ana@bank.example", "Ana Lopez", "Customer link", "tokens (many)"])
      expect(actorLabelIn("de", label)).toBe(label);
  });
});
