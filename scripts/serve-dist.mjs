#!/usr/bin/env node
/**
 * A plain static file server for dist/, used by the browser tests. It behaves
 * like an ordinary static host (folder/index.html, 404.html with status 404),
 * so the tests check what a real deployment serves, and it can run beside
 * `npm start` (Astro allows one preview server per project). Text is sent
 * gzipped to a browser that asks for it, as real hosts do (so a Lighthouse run
 * against it weighs what learners download).
 * Usage: node scripts/serve-dist.mjs [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve('dist');
const port = Number(process.argv[2] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest', '.xml']);
/** Gzipped files by path, size and time of change (a test may write a new build while it is served). */
const gzipped = new Map();

function fileFor(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const headers = { 'content-type': types[extname(body)] ?? 'application/octet-stream', vary: 'accept-encoding' };
  if (compressible.has(extname(body)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    const { size, mtimeMs } = statSync(body);
    const key = `${body}|${size}|${mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(body)));
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(key));
    return;
  }
  response.writeHead(status, headers);
  createReadStream(body).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ on http://127.0.0.1:${port}`));
