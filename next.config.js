/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The article loader reads content/ at build time; tracing keeps it in the server bundle.
  outputFileTracingIncludes: { "/*": ["./content/**/*"] },
};

export default nextConfig;
