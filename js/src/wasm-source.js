/**
 * Turns whatever a host gave as the wasm (nothing, a URL, bytes, a compiled
 * module or a Response) into an instance, the fastest way the platform allows:
 * streaming compilation in browsers, a plain file read in Node.
 */

const defaultWasmUrl = new URL('../dist/svcalc.wasm', import.meta.url);

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/**
 * @param {undefined | string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module | Response | Promise<Response>} source
 * @param {WebAssembly.Imports} imports
 * @returns {Promise<WebAssembly.Instance>}
 */
export async function instantiateWasm(source, imports) {
  source = await source;
  if (source instanceof WebAssembly.Module) return WebAssembly.instantiate(source, imports);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return (await WebAssembly.instantiate(source, imports)).instance;
  }
  if (typeof Response !== 'undefined' && source instanceof Response) return fromResponse(source, imports);
  if (source !== undefined && typeof source !== 'string' && !(source instanceof URL)) {
    throw new TypeError(
      'svcalc: options.wasm must be a URL, a string URL, bytes, a WebAssembly.Module or a Response',
    );
  }
  const url = source === undefined ? defaultWasmUrl : new URL(source, globalThis.location?.href ?? defaultWasmUrl);
  if (url.protocol === 'file:' && isNode) {
    const { readFile } = await import('node:fs/promises');
    return (await WebAssembly.instantiate(await readFile(url), imports)).instance;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`svcalc: could not load ${url} (HTTP ${response.status})`);
  return fromResponse(response, imports);
}

async function fromResponse(response, imports) {
  if (typeof WebAssembly.instantiateStreaming === 'function') {
    try {
      return (await WebAssembly.instantiateStreaming(response.clone(), imports)).instance;
    } catch (error) {
      // Streaming needs the server to say application/wasm; many don't. Any
      // other failure is real and would only fail again below.
      const type = response.headers.get('content-type') ?? '';
      if (type.split(';')[0].trim() === 'application/wasm') throw error;
    }
  }
  return (await WebAssembly.instantiate(await response.arrayBuffer(), imports)).instance;
}
