/**
 * The calculator: one WebAssembly instance of the scoring core, and the only
 * code that touches its memory. See wasm/bridge.cpp for the ownership rules
 * this file follows.
 */
import createSvcalcModule from '../dist/svcalc.mjs';
import { SvcalcError } from './svcalc-error.js';
import { instantiateWasm } from './wasm-source.js';

/** Bytes the core reads at most (scoring.md: 32 MiB), plus one so it can tell. */
const inputCap = 32 * 1024 * 1024 + 1;
// The output block's flag for an error document (wasm/bridge.cpp).
const flagError = 1;
const encoder = new TextEncoder();
// ignoreBOM: a U+FEFF in a name must survive, even at the start of a stretch decoded alone.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
// Node's own Buffer, not a browser bundle's polyfill, whose Latin-1 is a slow loop.
const NodeBuffer = globalThis.process?.versions?.node ? globalThis.Buffer : undefined;

/**
 * The output's text. In Node, Buffer's Latin-1, which for ASCII gives the same
 * characters, is ten times faster than TextDecoder: 3 ms against 35 for a
 * 17 MB result. So only the stretches that the bridge found non-ASCII bytes in
 * go through TextDecoder. Browsers have no Buffer, and decode it all at once.
 */
function decodeOutput(heap, start, length, stretches) {
  if (!NodeBuffer) return decoder.decode(heap.subarray(start, start + length));
  const bytes = NodeBuffer.from(heap.buffer, heap.byteOffset + start, length);
  let text = '';
  let ascii = 0;
  for (let i = 0; i < stretches.length; i += 2) {
    text += bytes.toString('latin1', ascii, stretches[i]) + decoder.decode(bytes.subarray(stretches[i], stretches[i + 1]));
    ascii = stretches[i + 1];
  }
  return text + bytes.toString('latin1', ascii, length);
}
const constructing = Symbol('svcalc.constructing');

/**
 * Loads the WebAssembly core and returns a ready calculator.
 *
 * @param {{ wasm?: string | URL | ArrayBuffer | ArrayBufferView | WebAssembly.Module | Response | Promise<Response> }} [options]
 *   `wasm` says where the .wasm is: by default next to this package's
 *   `dist/svcalc.mjs`. Hosts that serve it elsewhere pass its URL, or its bytes.
 * @returns {Promise<Calculator>}
 */
export async function createCalculator(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('svcalc: createCalculator(options) takes an options object, or nothing');
  }
  let failLoading;
  const loadingFailed = new Promise((_, reject) => (failLoading = reject));
  const module = await Promise.race([
    createSvcalcModule({
      // The glue hands us its imports and waits for the instance: loading the
      // bytes ourselves is what makes the same glue work in browsers and Node.
      instantiateWasm(imports, receiveInstance) {
        instantiateWasm(options.wasm, imports).then((instance) => receiveInstance(instance), failLoading);
        return {};
      },
      onAbort: (what) => failLoading(new Error(`svcalc: the WebAssembly core aborted while loading: ${what}`)),
      print: () => {},
      printErr: () => {},
    }),
    loadingFailed,
  ]);
  return new Calculator(constructing, module);
}

/**
 * Scores tender documents. Get one from `await createCalculator()`; each
 * instance has its own memory, so instances never share state.
 */
export class Calculator {
  #module;

  /** @internal Use `await createCalculator()`. */
  constructor(token, module) {
    if (token !== constructing) {
      throw new Error('svcalc: use `await createCalculator()` to get a calculator; the constructor is internal');
    }
    this.#module = module;
  }

  /** The engine's version, such as "0.1.0". */
  get version() {
    const module = this.#live('version');
    const start = module._svcalc_version();
    const end = module.HEAPU8.indexOf(0, start);
    return decoder.decode(module.HEAPU8.subarray(start, end));
  }

  /**
   * Evaluates a tender and returns the result document.
   * @param {object | string | Uint8Array} tender a tender object, its JSON text, or that text as UTF-8 bytes
   * @throws {SvcalcError} when the tender is bad; `.errors` lists every problem
   */
  evaluate(tender) {
    const { ok, json } = this.evaluateJson(tender);
    const document = JSON.parse(json);
    if (!ok) throw new SvcalcError(document.errors);
    return document;
  }

  /**
   * Checks a tender without scoring it.
   * @returns {{code: string, path: string, message: string}[]} every error found; empty when the tender is fine
   */
  validate(tender) {
    return JSON.parse(this.validateJson(tender).json).errors;
  }

  /**
   * Like `evaluate`, but returns the document's exact text, byte for byte what
   * the native CLI prints. `ok` is false when the text is an error document.
   * @returns {{ ok: boolean, json: string }}
   */
  evaluateJson(tender) {
    return this.#call('evaluateJson', '_svcalc_evaluate', tender);
  }

  /** Like `validate`, but returns the error document's exact text. */
  validateJson(tender) {
    return this.#call('validateJson', '_svcalc_validate', tender);
  }

  /** Bytes of the instance's heap in use: a diagnostic for leak tests. */
  get heapUsed() {
    return this.#live('heapUsed')._svcalc_heap_used();
  }

  /** Releases the instance. Any later call throws. */
  dispose() {
    this.#module = null;
  }

  #live(method) {
    if (!this.#module) throw new Error(`svcalc: ${method} called on a disposed calculator`);
    return this.#module;
  }

  #call(method, entry, tender) {
    const module = this.#live(method);
    const input = inputPointer(module, tender, method);
    let output = 0;
    try {
      output = module[entry](input.pointer, input.length);
      if (!output) throw new Error('svcalc: out of memory');
      const heap = module.HEAPU32; // read after the call: memory may have grown
      const [length, flags, stretchCount] = heap.subarray(output >>> 2, (output >>> 2) + 3);
      const start = output + 12;
      const stretchesAt = (start + length + 3) >>> 2;
      const stretches = heap.subarray(stretchesAt, stretchesAt + 2 * stretchCount);
      return { ok: (flags & flagError) === 0, json: decodeOutput(module.HEAPU8, start, length, stretches) };
    } finally {
      module._svcalc_free(output);
      module._svcalc_free(input.pointer);
    }
  }
}

/**
 * Copies the tender into a fresh heap buffer as UTF-8, straight into wasm memory
 * (no intermediate copy). Text beyond the core's size limit is cut at the cap:
 * the core then reports the `limit` error, exactly as the native CLI does.
 */
function inputPointer(module, tender, method) {
  if (tender instanceof Uint8Array) {
    const length = Math.min(tender.length, inputCap);
    const pointer = allocate(module, length);
    module.HEAPU8.set(tender.subarray(0, length), pointer);
    return { pointer, length };
  }
  let text = tender;
  if (typeof tender === 'object' && tender !== null) {
    text = JSON.stringify(tender);
  } else if (typeof tender !== 'string') {
    throw new TypeError(
      `svcalc: ${method}(tender) takes a tender object, its JSON text or UTF-8 bytes, not ${tender === null ? 'null' : typeof tender}`,
    );
  }
  const capacity = Math.min(text.length * 3, inputCap);
  const pointer = allocate(module, capacity);
  const { read, written } = encoder.encodeInto(text, module.HEAPU8.subarray(pointer, pointer + capacity));
  return { pointer, length: read < text.length ? inputCap : written };
}

function allocate(module, length) {
  const pointer = module._svcalc_alloc(length);
  if (!pointer) throw new Error('svcalc: out of memory');
  return pointer;
}
