import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: [
    '@node-rs/argon2',
    'pg',
    'pg-boss',
    '@prisma/adapter-pg',
    'undici',
    // the OPC UA connector: loaded by Node at run time (it reads its nodesets from disk)
    'node-opcua-client',
    'node-opcua-certificate-manager',
  ],
  // ESM-only: listed so next/jest transforms them too (tests of lib/sso/oidc-client.ts; hexy and
  // the rest: ESM-only dependencies of node-opcua, which Node 20 loads with require(esm)).
  transpilePackages: ['openid-client', 'oauth4webapi', 'jose', 'hexy'],
  // `npm test` type-checks the whole project first (tsc); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
