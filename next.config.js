/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The UI benchmark builds a 10,000-event variant beside the normal build without disturbing it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The article loader reads content/ at build time; tracing keeps it in the server bundle.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
};

export default nextConfig;
