// Serves the repository's examples on localhost, with no dependencies. Pages
// under examples/ reach the package in js/ and the built wasm by relative URL,
// so the server's root is the repository; `/` redirects to `/examples/`.
// Usage: node scripts/serve.mjs [port]   (default 8080, or the next free one)
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

function fileFor(urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null; // no escaping the root
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(join(urlPath, 'index.html'));
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/examples/' }).end();
    return;
  }
  const path = fileFor(pathname);
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(path).pipe(response);
});

let port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE' || port > 8100) throw error;
  server.listen(++port, '127.0.0.1');
});
server.on('listening', () => {
  console.log(`Serving the examples at http://localhost:${port}/examples/  (Ctrl-C stops it)`);
});
server.listen(port, '127.0.0.1');
