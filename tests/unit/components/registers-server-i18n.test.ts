import { createElement as h, isValidElement, type ReactElement, type ReactNode } from "react";
import { createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { FRAMEWORKS } from "@/lib/standards";
import { frameworkCoverage, type CoverageFacts } from "@/lib/standards/coverage";
import type { PersonDetailDTO } from "@/lib/dal/literacy/person-detail";
import { renderIn } from "./render-in";

// The server components read their messages with getTranslations: here a translator over the same messages, in the
// language the test renders.
const reader = vi.hoisted(() => ({ locale: "en" as string }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => reader.locale,
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: reader.locale, messages: MESSAGES[reader.locale as Locale], namespace } as never),
}));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const { ControlsTable } = await import("@/components/standards/controls-table");
const { ControlDetail } = await import("@/components/standards/control-detail");
const { PersonPanel } = await import("@/components/literacy/person-panel");

type Props = Record<string, unknown> & { children?: ReactNode };

// Expands the server components (async or not) ahead of rendering; a client component, whose hooks only work inside
// a render, throws when called here and is left for renderToStaticMarkup, with its children expanded.
async function expand(node: ReactNode): Promise<ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(expand));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Props>;
  if (typeof element.type === "function") {
    try {
      return await expand(await (element.type as (p: Props) => ReactNode | Promise<ReactNode>)(element.props));
    } catch {
      // A client component: rendered later.
    }
  }
  const children = await expand(element.props.children);
  return { ...element, props: { ...element.props, children } } as ReactElement;
}

const noFacts: CoverageFacts = {
  systems: 0,
  classified: 0,
  obligations: {},
  highRisk: 0,
  highRiskWithRisks: 0,
  literacyPairs: 0,
  literacyTrained: 0,
};
const { controls } = frameworkCoverage(FRAMEWORKS["iso-42001"], noFacts);
const ok = async () => ({ ok: true as const, data: {} as never });
const person = {
  id: "p-1",
  name: "Ana",
  email: "ana@example.test",
  jobRole: "Analyst",
  businessUnitId: null,
  unitName: null,
  isMember: true,
  completionList: [
    {
      id: "c-1",
      itemId: "i-1",
      itemTitle: "Basics",
      completedOn: "2025-01-10",
      expiresOn: "2026-01-10",
      current: false,
      evidenceNote: "",
      evidenceUrl: null,
      file: null,
    },
  ],
  assignments: [{ systemId: "sys-1", systemName: "Credit scoring", role: "OVERSIGHT" }],
} as unknown as PersonDetailDTO;

async function pages(locale: Locale): Promise<string> {
  reader.locale = locale;
  const tree = await expand([
    h(ControlsTable, {
      framework: "iso-42001",
      caption: "Controls",
      controls: controls.slice(0, 3),
      soa: new Map([[controls[0]!.control.id, { applicable: false, justification: "Not ours." }]]),
      hrefOf: () => "/standards/iso-42001",
    }),
    h(ControlDetail, {
      framework: "iso-42001",
      coverage: controls[0]!,
      obligations: { rows: [], total: 0 },
      closeHref: "/",
      decision: null,
    }),
    h(PersonPanel, {
      person,
      units: [],
      items: [{ id: "i-1", label: "Basics" }],
      systems: [],
      today: "2026-03-01",
      actions: { update: ok, record: ok, removeCompletion: ok, assign: ok, unassign: ok },
    }),
  ]);
  return renderIn(locale, h("div", null, tree));
}

describe("the standards framework's controls and a literacy person's panel", () => {
  it("German", async () => {
    const html = await pages("de");
    expect(html).toContain("Abdeckung in Actlas");
    // The crosswalk's own words too: the controls' titles and their group (lib/standards/i18n).
    expect(html).toContain("Eine KI-Richtlinie dokumentieren");
    expect(html).toContain("A.2 Richtlinien für KI");
    expect(html).toContain("Qualitätsmanagementsystem (Art 17)");
    expect(html).toContain("Art 17: noch nichts");
    expect(html).toContain("Kein System hat diese Pflicht");
    expect(html).toContain("Ausgeschlossen");
    expect(html).toContain("Schließen");
    expect(html).toContain("Schulung für Ana erfassen");
    expect(html).toContain("Actlas-Mitglied");
    expect(html).toContain("(Beaufsichtigt)");
    expect(html).toContain("Abgelaufen");
    expect(html).not.toMatch(/Coverage in Actlas|Record a training for/);
  });

  it("French", async () => {
    const html = await pages("fr");
    expect(html).toContain("Couverture dans Actlas");
    expect(html).toContain("Disposer d'une politique d'IA documentée");
    expect(html).toContain("A.2 Politiques relatives à l'IA");
    expect(html).toContain("Fermer");
    expect(html).toContain("Enregistrer une formation pour Ana");
    expect(html).toContain("(Supervise)");
  });

  it("English stays as it was", async () => {
    const html = await pages("en");
    expect(html).toContain("Coverage in Actlas");
    expect(html).toContain("Have a documented AI policy");
    expect(html).toContain("A.2 Policies for AI");
    expect(html).toContain("Included (not reviewed)");
    expect(html).toContain("Record a training for Ana");
    expect(html).toContain("ana@example.test · Analyst · No unit · Actlas member");
    expect(html).toContain("(Oversees)");
  });
});
