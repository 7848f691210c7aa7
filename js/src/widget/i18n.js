/**
 * UI text and number formatting. Every string the widget shows comes from a
 * locale module; both are imported up front because the widget has no network
 * access of its own (a language switch after the network is gone still works).
 */
import enGB from './locales/en-GB.js';
import cy from './locales/cy.js';

export const locales = { 'en-GB': enGB, cy };

/** The locale for a BCP 47 tag: Welsh for `cy…`, British English otherwise. */
export function localeFor(lang) {
  return /^cy(-|$)/i.test(lang ?? '') ? 'cy' : 'en-GB';
}

/**
 * A translator for a language tag and a currency: `t(key, params)` fills
 * `{name}` placeholders; the formatters use Intl with the same tag.
 */
export function createTranslator(lang, currency) {
  const locale = localeFor(lang);
  const strings = locales[locale];
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
      const text = strings[key] ?? enGB[key] ?? key;
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
