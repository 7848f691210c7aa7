// Configuration of @custom-elements-manifest/analyzer for the widget. The
// Custom Elements Manifest is generated from the JSDoc of the element's class
// (js/src/widget/social-value-calculator.js) by scripts/build-manifest.mjs,
// which writes plugin-manifest/custom-elements.json and the package's copy,
// dist/custom-elements.json. Run from js/, so module paths are the package's.
import { readFileSync } from 'node:fs';

/** The version of the schema the manifest is checked against (the custom-elements-manifest package). */
const schemaVersion = JSON.parse(
  readFileSync(new URL('../node_modules/custom-elements-manifest/package.json', import.meta.url), 'utf8'),
).version;

/** Drops private members (`#fields`): a host can never use them. */
function publicMembersOnly() {
  return {
    name: 'svcalc-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
          }
        }
      }
    },
  };
}

/**
 * Keeps the events the class documents with @fires. The element dispatches
 * them all through one helper, `dispatchEvent(new CustomEvent(type, …))`,
 * which the analyzer would otherwise list as an event called `type`.
 */
function documentedEventsOnly() {
  return {
    name: 'svcalc-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
        }
      }
    },
  };
}

/**
 * Says which attribute each property reflects (`mode` ↔ `mode`), so that
 * tools show them as one: the element's accessors read and write their
 * attribute, which the analyzer cannot see through.
 */
function linkAttributesToFields() {
  const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return {
    name: 'svcalc-link-attributes-to-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.kind === 'field' && m.name === camel(attribute.name));
            if (!field) continue;
            attribute.fieldName = field.name;
            field.attribute = attribute.name;
            field.type ??= attribute.type;
            field.description ??= attribute.description;
          }
        }
      }
    },
  };
}

/**
 * The analyzer writes schemaVersion 1.0.0 whatever it follows; the manifest is
 * validated against the schema package's version, so it says that one.
 */
function declareSchemaVersion() {
  return {
    name: 'svcalc-schema-version',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = schemaVersion;
    },
  };
}

export default {
  globs: ['src/widget/social-value-calculator.js'],
  // The build script writes the file itself; never let the analyzer rewrite package.json.
  packagejson: false,
  quiet: true,
  plugins: [publicMembersOnly(), documentedEventsOnly(), linkAttributesToFields(), declareSchemaVersion()],
};
