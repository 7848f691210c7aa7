// Serves the repository's examples on localhost, with no dependencies. Pages
// under examples/ reach the package in js/ and the built wasm by relative URL,
// so the server's root is the repository; `/` redirects to `/examples/`.
// Usage: node scripts/serve.mjs [port]   (default 8080, or the next free one)
// Tests import startServer() to serve on a free port, with extra headers such
// as a Content-Security-Policy.
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
  try {
    // decodeURIComponent throws on malformed escapes: that is a 404, not a crash.
    const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
    const path = join(root, relative);
    if (path !== root && !path.startsWith(root + sep)) return null; // no escaping the root
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(join(urlPath, 'index.html'));
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

function handler(headers) {
  return (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { ...headers, location: '/examples/' }).end();
      return;
    }
    const path = fileFor(pathname);
    if (!path) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(path).pipe(response);
  };
}

/**
 * Starts a server of the repository on 127.0.0.1. `port` 0 (the default)
 * takes any free port; `headers` go on every response.
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0, headers = {} } = {}) {
  const server = createServer(handler(headers));
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port: bound } = server.address();
      resolveStart({
        server,
        port: bound,
        url: `http://localhost:${bound}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  for (;;) {
    try {
      await startServer({ port });
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port >= 8100) throw error;
      port += 1;
    }
  }
  console.log(`Serving the examples at http://localhost:${port}/examples/  (Ctrl-C stops it)`);
}
