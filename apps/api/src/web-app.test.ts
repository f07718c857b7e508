import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { listenOnLoopback } from './testing/http-test-server';
import type { ListeningServer } from './testing/http-test-server';
import { serveWebApp } from './web-app';

/** The built web app as the browser gets it: compressed copies, caching, and index.html for the app's paths. */
describe('serving the built web app', () => {
  const script = `console.log(${JSON.stringify('Lägesbild '.repeat(200))});`;
  let distDir: string;
  let server: ListeningServer;
  let origin: string;

  beforeAll(async () => {
    // A build as Vite and its compression plugin leave it: hashed assets with .br and .gz copies.
    distDir = await mkdtemp(path.join(tmpdir(), 'lagesbild-web-'));
    await mkdir(path.join(distDir, 'assets'));
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const asset = path.join(distDir, 'assets', 'index-BxY3k_9a.js');
    await writeFile(asset, script);
    await writeFile(`${asset}.br`, brotliCompressSync(script));
    await writeFile(`${asset}.gz`, gzipSync(script));
    const app = express();
    serveWebApp(app, distDir);
    server = await listenOnLoopback(app);
    origin = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await rm(distDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding: string) =>
    fetch(`${origin}${url}`, { headers: { 'accept-encoding': acceptEncoding } });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])(
    'sends a browser that takes %j the build’s %s copy of an asset, cached as immutable',
    async (accepted, encoding) => {
      const response = await get('/assets/index-BxY3k_9a.js', accepted);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.text()).toBe(script);
    },
  );

  it('sends the asset as it is to a browser that takes no compression', async () => {
    const response = await get('/assets/index-BxY3k_9a.js', 'identity');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(script);
  });

  it('caches a file without a hash in its name for an hour only', async () => {
    const response = await get('/favicon.svg', 'br, gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers an app path with index.html, revalidated on every load so a new release is seen at once', async () => {
    const response = await get('/oversikt?enhet=intraservice', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root">');
  });
});
