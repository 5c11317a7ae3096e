// Where a sealed dossier's time goes since dossiers are signed (issue #18): the same stored snapshot rendered alone
// (what sealing did before) and rendered then signed with the organisation's PAdES signature (what it does now), in
// this process against the scratch database, so the difference is the signature and nothing else.
import { performance } from "node:perf_hooks";
import { db } from "../../lib/db/client";
import { signForOrganization } from "../../lib/dal/signing/internal/identity";
import { renderDossier } from "../../lib/pdf/render-dossier";
import type { DossierSnapshot } from "../../lib/pdf/snapshot";
import { percentile } from "./stats";

export type SigningResult = {
  runs: number;
  render: Stat;
  sign: Stat;
  renderAndSign: Stat;
  pdfKb: number;
  signedKb: number;
};
type Stat = { medianMs: number; p95Ms: number };

const round = (n: number) => Math.round(n * 10) / 10;
const stat = (ms: number[]): Stat => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { medianMs: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
};

export async function measureSigning(systemId: string, runs: number): Promise<SigningResult> {
  const row = await db().dossierVersion.findFirstOrThrow({
    where: { systemId, kind: "SYSTEM" },
    orderBy: { version: "desc" },
    select: { organizationId: true, snapshot: true },
  });
  const snapshot = row.snapshot as DossierSnapshot;
  const sign = (pdf: Buffer) => signForOrganization(row.organizationId, snapshot.organization.name, pdf, { locale: "en", doc: { kind: "dossier", version: 1, draft: false } });
  let pdf = await renderDossier(snapshot);
  let signed = await sign(pdf); // warm: fonts, key import
  // Interleaved, so that the load of a shared machine weighs on both steps alike.
  const render: number[] = [];
  const signing: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    pdf = await renderDossier(snapshot);
    render.push(performance.now() - t);
    t = performance.now();
    signed = await sign(pdf);
    signing.push(performance.now() - t);
  }
  return {
    runs,
    render: stat(render),
    sign: stat(signing),
    renderAndSign: stat(render.map((ms, i) => ms + (signing[i] ?? 0))),
    pdfKb: Math.round(pdf.length / 1024),
    signedKb: Math.round(signed.length / 1024),
  };
}
