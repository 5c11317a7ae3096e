import { createElement as h } from "react";
import { createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import { PackLinkForm } from "@/components/deployer-pack/link-form";
import { PackLinkList } from "@/components/deployer-pack/link-list";
import { PackView } from "@/components/deployer-pack/pack-view";
import { PublishPackForm } from "@/components/deployer-pack/publish-form";
import { MESSAGES } from "@/i18n/messages";
import type { PackLinkDTO } from "@/lib/dal/deployer-pack/links";
import { NOT_A_PROVIDER } from "@/lib/dal/deployer-pack/packs";
import { PACK_LINK_RATE_LIMITED, PACK_LINK_REFUSED } from "@/lib/dal/deployer-pack/public";
import { missingItemCodes, type PackSnapshot } from "@/lib/deployer-pack/snapshot";
import type { Locale } from "@/lib/i18n/locales";
import { validationText } from "@/lib/validations/i18n";
import { renderIn } from "./render-in";

// Issue #22: the deployer pack's tab and the page a provider's customer opens speak the reader's language.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const ok = async () => ({ ok: true as const, data: {} as never });

const snapshot: PackSnapshot = {
  version: 2,
  publishedAt: "2026-03-05T09:30:00.000Z",
  providerName: "Demo Bank",
  systemName: "Life pricing",
  intendedPurpose: "",
  tier: "High-risk",
  registrationNumber: "EU-AI-DB-2026-0042",
  ceMarking: "",
  incidentContact: { name: "", email: "" },
  files: [
    {
      kind: "INSTRUCTIONS",
      title: "IFU",
      fileName: "ifu.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1_572_864,
      sha256: "a".repeat(64),
    },
  ],
};

const link = (over: Partial<PackLinkDTO>): PackLinkDTO => ({
  id: "l-1",
  label: "Acme GmbH",
  packVersion: 1,
  followLatest: true,
  expiresAt: new Date("2099-01-01T00:00:00Z"),
  revokedAt: null,
  lastUsedAt: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  ...over,
});

const view = (locale: Locale) =>
  renderIn(
    locale,
    h(PackView, {
      pack: snapshot,
      missing: missingItemCodes(snapshot),
      pdfHref: "/pack/t/pdf",
      pdfSha256: "b".repeat(64),
      fileHref: () => null,
    }),
  );

const forms = (locale: Locale) =>
  renderIn(
    locale,
    h("div", null, [
      h(PublishPackForm, {
        key: "publish",
        initial: {
          systemId: "s-1",
          instructionsVersionId: "",
          declarationVersionId: "",
          certificateVersionId: "",
          registrationNumber: "",
          ceMarking: "",
          incidentContactName: "",
          incidentContactEmail: "",
        },
        candidates: [],
        intendedPurpose: "",
        nextVersion: 3,
        publish: ok,
      }),
      h(PackLinkForm, { key: "form", systemId: "s-1", create: ok }),
      h(PackLinkList, {
        key: "list",
        systemId: "s-1",
        now: "2026-06-01T00:00:00Z",
        links: [link({}), link({ id: "l-2", label: "Old customer", revokedAt: new Date("2026-02-01T00:00:00Z") })],
        revoke: ok,
      }),
    ]),
  );

describe("the deployer pack as customers see it", () => {
  it("keeps its English words", () => {
    const html = view("en");
    for (const text of ["Provider", "AI system", "Risk classification", "High-risk", "Instructions for use (Art 13)"])
      expect(html).toContain(text);
    expect(html).toContain("No EU declaration of conformity uploaded yet.");
    expect(html).toContain("2, published 5 Mar 2026");
    expect(html).toContain("(1.5 MB)");
  });

  it.each([
    ["de", ["Anbieter", "KI-System", "Hochrisiko", "Betriebsanleitung (Art 13)", "Noch nicht enthalten"], "(1,5 MB)"],
    ["fr", ["Fournisseur", "Système d'IA", "Notice d'utilisation (Art 13)", "Pas encore inclus"], "(1,5 Mo)"],
  ] as const)("speaks %s, with the Act's terms and the language's dates and sizes", (locale, texts, size) => {
    const html = view(locale);
    for (const text of texts) expect(html).toContain(text);
    expect(html).toContain(size);
    expect(html).toContain(locale === "de" ? "veröffentlicht am 5. März 2026" : "publiée le 5 mars 2026");
    for (const english of ["Provider", "Risk classification", "Not included yet", "signed PDF", "High-risk"])
      expect(html).not.toContain(english);
  });
});

describe("the deployer pack tab's forms and link list", () => {
  it("keep their English words", () => {
    const html = forms("en");
    for (const text of ["Publish version 3", "Contact for serious incidents: e-mail", "Make a link", "Revoked"])
      expect(html).toContain(text);
    expect(html).toContain("Latest version · expires 1 Jan 2099 · last opened never");
  });

  it.each([
    [
      "de",
      ["Version 3 veröffentlichen", "Kontakt für schwerwiegende Vorfälle: E-Mail", "Link erstellen", "Widerrufen"],
    ],
    ["fr", ["Publier la version 3", "Contact pour les incidents graves : e-mail", "Créer un lien", "Révoqué"]],
  ] as const)("speak %s", (locale, texts) => {
    const html = forms(locale);
    for (const text of texts) expect(html).toContain(text);
    for (const english of ["Publish version", "Make a link", "Customer", "Revoke", "· expires", "Not included"])
      expect(html).not.toContain(english);
  });
});

describe("the deployer pack's refusals", () => {
  it.each(["de", "fr"] as const)("%s: the pages' messages and the actions' catalogue say the same", (locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale] });
    expect(validationText(locale, NOT_A_PROVIDER)).toBe(t("DeployerPackPage.notProvider"));
    expect(validationText(locale, PACK_LINK_REFUSED)).toBe(t("PublicPack.refused"));
    expect(validationText(locale, PACK_LINK_RATE_LIMITED)).toBe(t("PublicPack.rateLimited"));
  });

  it("are worded in English as the data layer throws them", () => {
    const t = createTranslator({ locale: "en", messages: MESSAGES.en });
    expect(t("DeployerPackPage.notProvider")).toBe(NOT_A_PROVIDER);
    expect(t("PublicPack.refused")).toBe(PACK_LINK_REFUSED);
    expect(t("PublicPack.rateLimited")).toBe(PACK_LINK_RATE_LIMITED);
  });
});
