/**
 * UI text and number formatting. Every string the widget shows comes from a
 * locale module, and each locale module is loaded only when a widget on the
 * page speaks its language: a page pays for one language's text, and Welsh
 * costs a page no more than English (bundled, each is a file of its own).
 */

/** Loaders, not imports: esbuild turns each into a module of its own in dist/. */
const modules = {
  'en-GB': () => import('./locales/en-GB.js'),
  cy: () => import('./locales/cy.js'),
};
const loading = new Map(); // locale → Promise<strings>
const loaded = new Map(); // locale → strings

/** The locale for a BCP 47 tag: Welsh for `cy…`, British English otherwise. */
export function localeFor(lang) {
  return /^cy(-|$)/i.test(lang ?? '') ? 'cy' : 'en-GB';
}

/** A locale's strings if they have loaded, else undefined. */
export function loadedStrings(locale) {
  return loaded.get(locale);
}

/**
 * Loads a locale's strings, once per page. Rejects when the module cannot be
 * fetched (the network is gone); a later call tries again.
 */
export function loadStrings(locale) {
  if (!loading.has(locale)) {
    const promise = modules[locale]().then(({ default: strings }) => {
      loaded.set(locale, strings);
      return strings;
    });
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return loading.get(locale);
}

/**
 * A translator for a language tag, a currency and the locale's strings:
 * `t(key, params)` fills `{name}` placeholders; the formatters use Intl with
 * the same tag.
 */
export function createTranslator(lang, currency, strings) {
  const locale = localeFor(lang);
  const tag = lang || locale;
  const formatter = (options) => {
    try {
      return new Intl.NumberFormat(tag, options);
    } catch {
      return new Intl.NumberFormat(locale, options); // an unknown tag or currency code
    }
  };
  const decimal = formatter({ maximumFractionDigits: 2 });
  const significant = formatter({ maximumSignificantDigits: 3 });
  const percent = formatter({ style: 'percent', maximumFractionDigits: 1 });
  let money;
  try {
    money = new Intl.NumberFormat(tag, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' });
  } catch {
    // A currency code Intl does not know: show the code beside the number.
    money = { format: (x) => `${currency} ${decimal.format(x)}` };
  }
  const show = (format) => (x) => (typeof x === 'number' && Number.isFinite(x) ? format(x) : '–');
  return {
    locale,
    lang: tag,
    currency,
    t(key, params) {
      const text = strings[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all)) : text;
    },
    number: show((x) => decimal.format(x)),
    /** Small ratios such as points per £: three significant digits. */
    small: show((x) => significant.format(x)),
    money: show((x) => money.format(x)),
    /** A fraction (0.1) as a percentage (10%). */
    percent: show((x) => percent.format(x)),
  };
}
