import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Vite names every built asset by its content's hash (`index-BxY3k_9a.js`, and its `.br`, `.gz` copies). */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}(\.\w+)+$/;

/**
 * Serves the built web app: its assets as the build's brotli or gzip copies when the browser
 * takes them, hashed ones cached for a year (their name changes with their content), and
 * index.html for every other path, revalidated on each load so a new release is seen at once.
 */
export function serveWebApp(app: Express, webDistDir: string): void {
  if (!existsSync(path.join(webDistDir, 'index.html'))) return;
  app.use(
    expressStaticGzip(webDistDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, setHeaders: setCaching },
    }),
  );
  app.get('/{*path}', (_request, response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(path.join(webDistDir, 'index.html'));
  });
}

function setCaching(response: ServerResponse, filePath: string): void {
  response.setHeader(
    'Cache-Control',
    HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
  );
}
