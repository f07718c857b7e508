import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { firstPageChunk } from './build/first-page-chunk.ts';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { preloadLandingPage } from './build/preload-landing-page.ts';

// In development the API runs on its own port (pnpm dev); Vite forwards /graphql to it.
export default defineConfig({
  // Brotli and gzip copies of every asset, made once at build time at the highest quality, so the
  // server sends them as they are instead of compressing on each request.
  plugins: [
    graphqlDocuments(),
    react(),
    firstPageChunk('/src/routes/OverviewPage.tsx'),
    preloadLandingPage('/src/routes/OverviewPage.tsx'),
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/] }),
  ],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/health': 'http://localhost:4000' },
  },
  // The manifest tells the benchmark (bench/) which chunks a page needs before anything is lazily loaded.
  build: { outDir: 'dist', sourcemap: true, manifest: true },
});
