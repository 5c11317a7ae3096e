// The heavy scenarios: one sealed dossier of a system with 300 obligations, a streamed ZIP of 1,000 dossiers (time
// and the server's peak RSS; index.ts restarts the server first, so the peak is the export's and not left over from
// earlier scenarios). The CSV import is in import.ts.
import { timedDownload } from "./http";
import type { BenchSeed } from "./seed";
import { rssMb, withPeakRss } from "./server";
import { percentile } from "./stats";

export type HeavyResult = { name: string; runs: number; medianMs: number; p95Ms: number; peakRssMb: number | null; note: string };

// The ZIP route takes at most this many systems per request (MAX_BULK_SYSTEMS), so 1,000 dossiers are two ZIPs.
const ZIP_BATCH = 500;

// Ten runs, so the p95 is not simply the slowest of a handful on a shared machine.
export async function measureDossier(baseUrl: string, cookie: string, serverPid: number, seed: BenchSeed, runs = 10): Promise<HeavyResult> {
  const path = `/reports/export-zip?systems=${seed.dossierSystemId}`;
  const warm = await timedDownload(baseUrl, path, cookie);
  if (warm.status !== 200) throw new Error(`dossier export answered HTTP ${warm.status}`);
  const { result: times, peakRssMb } = await withPeakRss(serverPid, async () => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push((await timedDownload(baseUrl, path, cookie)).ms);
    return ms.sort((a, b) => a - b);
  });
  return { name: "dossier PDF, 300 obligations", runs, medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), peakRssMb, note: `${Math.round(warm.bytes / 1024)} KB ZIP` };
}

export async function measureBulkExport(baseUrl: string, cookie: string, serverPid: number, seed: BenchSeed): Promise<HeavyResult> {
  const ids = seed.exportSystemIds;
  const idleMb = Math.round(rssMb(serverPid));
  const { result, peakRssMb } = await withPeakRss(serverPid, async () => {
    let bytes = 0, ms = 0;
    for (let i = 0; i < ids.length; i += ZIP_BATCH) {
      const part = await timedDownload(baseUrl, `/reports/export-zip?systems=${ids.slice(i, i + ZIP_BATCH).join(",")}`, cookie);
      if (part.status !== 200) throw new Error(`ZIP export answered HTTP ${part.status}`);
      bytes += part.bytes;
      ms += part.ms;
    }
    return { bytes, ms };
  });
  return { name: `streamed export, ${ids.length} dossiers`, runs: 1, medianMs: round(result.ms), p95Ms: round(result.ms), peakRssMb, note: `${Math.round(result.bytes / 1024 / 1024)} MB in ${Math.ceil(ids.length / ZIP_BATCH)} ZIPs of ≤${ZIP_BATCH}; server at ${idleMb} MB before` };
}

const round = (n: number) => Math.round(n * 10) / 10;
