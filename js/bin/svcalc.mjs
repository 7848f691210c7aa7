#!/usr/bin/env node
// The `svcalc` command of the npm package: the native CLI's twin, running the
// WebAssembly build. Same subcommands, same output bytes, same exit codes.
import { createReadStream } from 'node:fs';
import { createCalculator } from '../src/index.js';

/** The native CLI reads at most this much: enough for the core to report `limit`. */
const inputCap = 32 * 1024 * 1024 + 1;

/** Reads at most inputCap bytes, so a huge file costs no more than the native CLI's read. */
async function readCapped(stream) {
  const chunks = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= inputCap) break;
  }
  stream.destroy();
  return Buffer.concat(chunks, Math.min(length, inputCap));
}

const exitOk = 0;
const exitInputError = 1;
const exitUsage = 2;

const usage = `usage: svcalc evaluate [--pretty] FILE|-
       svcalc validate [--pretty] FILE|-
       svcalc --version | --help

  evaluate   print the result document of a tender, or its error document
  validate   print the error document only: {"svcalc":1,"errors":[]} when the
             tender would evaluate
  FILE|-     the tender document (JSON); - reads standard input
  --pretty   indent the output as JSON.stringify(value, null, 2) would; the
             default is the compact form of the spec

exit status: 0 a result, or no errors; 1 input errors (the error document is
still printed on standard output); 2 usage, unreadable file or internal error
`;

function usageError(message) {
  process.stderr.write(`svcalc: ${message}\n${usage}`);
  return exitUsage;
}

async function run(args) {
  let command;
  let path;
  let pretty = false;
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage);
      return exitOk;
    }
    if (arg === '--version') {
      const calc = await createCalculator();
      process.stdout.write(`svcalc ${calc.version}\n`);
      return exitOk;
    }
    if (arg === '--pretty') pretty = true;
    else if (arg.length > 1 && arg.startsWith('-')) return usageError(`unknown option ${arg}`);
    else if (command === undefined) command = arg;
    else if (path === undefined) path = arg;
    else return usageError('too many arguments');
  }
  if (command === undefined) return usageError('no command given');
  if (command !== 'evaluate' && command !== 'validate') return usageError(`unknown command ${command}`);
  if (path === undefined) return usageError('no input given: name a FILE, or - for standard input');

  let bytes;
  try {
    // Raw bytes, not text: the core must see exactly what the native CLI sees,
    // invalid UTF-8 included.
    bytes = await readCapped(path === '-' ? process.stdin : createReadStream(path));
  } catch (error) {
    return usageError(`cannot read ${path === '-' ? 'standard input' : path}: ${error.message}`);
  }
  const calc = await createCalculator();
  const { ok, json } = command === 'evaluate' ? calc.evaluateJson(bytes) : calc.validateJson(bytes);
  process.stdout.write(`${pretty ? JSON.stringify(JSON.parse(json), null, 2) : json}\n`);
  return ok ? exitOk : exitInputError;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`svcalc: internal error: ${error.message}\n`);
  process.exitCode = exitUsage;
}
