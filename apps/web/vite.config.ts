import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on its own port (pnpm dev); Vite forwards /graphql to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/health': 'http://localhost:4000' },
  },
  // The manifest tells the benchmark (bench/) which chunks a page needs before anything is lazily loaded.
  build: { outDir: 'dist', sourcemap: true, manifest: true },
});
