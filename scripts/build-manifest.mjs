// Builds what a host portal embeds and checks, after the wasm build (which
// writes js/dist/svcalc.{mjs,wasm}):
//   js/dist/social-value-calculator.mjs  the entry module: the element, the
//                                        calculator and the wasm glue
//   js/dist/social-value-calculator.*.mjs  what it loads on demand from beside
//                                        itself: each language's text, and the
//                                        CSV importer
//   plugin-manifest/custom-elements.json the Custom Elements Manifest, generated
//                                        from the element's JSDoc (committed)
//   js/dist/custom-elements.json         its copy in the package
//   js/dist/schemas/*.schema.json        the document schemas, in the package
//   js/dist/svcalc.plugin.json           plugin-manifest/svcalc.plugin.json with
//   js/dist/svcalc.plugin.schema.json    each asset's size and sha384, and its schema
// Why the hashes live only in the package's copy: the built files are not in
// git (js/dist/ is ignored), and change with every change to the engine or the
// widget, so hashes committed beside the source would always be about to go
// stale. The declaration is committed; the facts about a build travel with it.
//
// Usage: node scripts/build-manifest.mjs          build
//        node scripts/build-manifest.mjs --check  build in memory and exit 1 if
//                                                 any file on disk differs
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const jsDir = join(root, 'js');
const distDir = join(jsDir, 'dist');
const manifestDir = join(root, 'plugin-manifest');

/**
 * The stylesheet's comments explain its rules to us; no page need download
 * them (a fifth of its bytes). esbuild minifies the code around a template
 * literal, never inside it, so they are taken out here.
 */
const stripStyleComments = {
  name: 'strip-style-comments',
  setup(builder) {
    builder.onLoad({ filter: /widget[\\/]styles\.js$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replace(/(const css = `)([^`]*)/, (all, start, css) => start + css.replace(/\/\*[\s\S]*?\*\//g, '')),
      loader: 'js',
    }));
  },
};

/**
 * The modules portals load, bundled and minified, by path in the package:
 * the entry module (src/entry.js) and the modules it imports on demand, which
 * esbuild splits out where the source says import().
 */
export async function bundleModules({ metafile = false } = {}) {
  const output = await build({
    entryPoints: { 'social-value-calculator': join(jsDir, 'src/entry.js') },
    outdir: distDir,
    entryNames: '[name]',
    chunkNames: 'social-value-calculator.[name]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    // The shim's Node-only branch (reading the .wasm with fs) never runs in a browser.
    external: ['node:*'],
    legalComments: 'none',
    write: false,
    metafile,
    plugins: [stripStyleComments],
    logLevel: 'silent',
  });
  const files = new Map(output.outputFiles.map((file) => [relative(jsDir, file.path), file.contents]));
  return metafile ? { files, metafile: output.metafile } : files;
}

/** The Custom Elements Manifest of the widget, as js/custom-elements-manifest.config.mjs makes it. */
export async function customElementsManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: jsDir, noWrite: true });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Subresource Integrity of some bytes: `sha384-` and the base64 digest. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** plugin-manifest/svcalc.plugin.json, as committed. */
function declaredPluginManifest() {
  return JSON.parse(readFileSync(join(manifestDir, 'svcalc.plugin.json'), 'utf8'));
}

/** plugin-manifest/svcalc.plugin.json as published: with the package's version, and each asset's size and hash. */
export function publishedPluginManifest(files) {
  const source = declaredPluginManifest();
  const { version } = JSON.parse(readFileSync(join(jsDir, 'package.json'), 'utf8'));
  if (source.version !== version) {
    throw new Error(`plugin-manifest/svcalc.plugin.json says version ${source.version}, js/package.json ${version}: make them agree`);
  }
  const assets = Object.fromEntries(
    Object.entries(source.assets).map(([name, asset]) => {
      const bytes = files.get(asset.path) ?? readFileSync(join(jsDir, asset.path));
      return [name, { ...asset, size: bytes.length, integrity: integrity(bytes) }];
    }),
  );
  const { $schema, manifestVersion, ...rest } = source;
  const published = {
    $schema,
    manifestVersion,
    generated: { by: 'scripts/build-manifest.mjs', from: 'plugin-manifest/svcalc.plugin.json' },
    ...rest,
    assets,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

/** Every file the build writes, by path from the repository root. */
export async function buildOutputs() {
  for (const built of ['svcalc.mjs', 'svcalc.wasm']) {
    if (!existsSync(join(distDir, built))) {
      throw new Error(`js/dist/${built} is missing: build the wasm first (cmake --preset wasm && cmake --build --preset wasm)`);
    }
  }
  const outputs = new Map();
  const modules = await bundleModules(); // package-relative path → bytes, for the hashes
  const declared = new Set(Object.values(declaredPluginManifest().assets).map((asset) => asset.path));
  for (const [path, bytes] of modules) {
    // A module the manifest does not list would load without its hash being published.
    if (!declared.has(path)) throw new Error(`the bundle has ${path}, which plugin-manifest/svcalc.plugin.json does not declare in assets`);
    outputs.set(`js/${path}`, bytes);
  }
  for (const path of declared) {
    if (path.endsWith('.mjs') && !modules.has(path)) throw new Error(`plugin-manifest/svcalc.plugin.json declares ${path}, which the bundle no longer has`);
  }

  const cem = await customElementsManifest();
  outputs.set('plugin-manifest/custom-elements.json', cem);
  outputs.set('js/dist/custom-elements.json', cem);

  const schemasDir = join(manifestDir, 'schemas');
  for (const name of readdirSync(schemasDir).filter((n) => n.endsWith('.schema.json')).sort()) {
    outputs.set(`js/dist/schemas/${name}`, readFileSync(join(schemasDir, name)));
  }
  outputs.set('js/dist/svcalc.plugin.schema.json', readFileSync(join(manifestDir, 'svcalc.plugin.schema.json')));
  outputs.set('js/dist/svcalc.plugin.json', publishedPluginManifest(modules));
  return outputs;
}

const sameBytes = (path, contents) => existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(contents)) === 0;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const outputs = await buildOutputs();
  const stale = [];
  for (const [path, contents] of outputs) {
    const file = join(root, path);
    if (sameBytes(file, contents)) continue;
    if (check) {
      stale.push(path);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
      console.log(`build-manifest: wrote ${relative(root, file)}`);
    }
  }
  if (stale.length) {
    console.error(`build-manifest: out of date (run node scripts/build-manifest.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
}
