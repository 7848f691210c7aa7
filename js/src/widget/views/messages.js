/** Error and warning lists. */
import { describePath } from '../documents.js';
import { h, keep, setText } from '../dom.js';

/**
 * The spec's errors in plain words, each pointing at its field: where (in
 * words, then as the JSON Pointer), and the engine's sentence naming the rule
 * and the value found. When `locate(path)` finds a form control for an error,
 * the item gets a button that moves focus to it. An error about a control that
 * is not in any document (supplier mode's benchmark) names it in `field`.
 */
export function errorList(errors, document, tr, locate = () => null) {
  const { t } = tr;
  const more = errors.length >= 100 ? h('p', { text: t('errors.limit') }) : null;
  return h(
    'div',
    { class: 'errors', role: 'alert', part: 'errors' },
    h('h3', { text: t('errors.title', { count: errors.length }) }),
    h(
      'ul',
      null,
      errors.map((error) => {
        const control = locate(error.path);
        return h(
          'li',
          null,
          h('strong', { text: error.field ?? describePath(error.path, document, t) }),
          ': ',
          error.message,
          // A spreadsheet's errors have a row and column instead of a JSON Pointer.
          error.path !== undefined && [' ', h('code', { text: `${error.code} ${error.path || '/'}` })],
          control && [' ', h('button', { type: 'button', class: 'link', text: t('errors.goTo'), onclick: () => control.focus() })],
        );
      }),
    ),
    more,
  );
}

/**
 * A place for warning sentences under a heading, empty when there are none.
 * `set(sentences)` updates it in place: only changed sentences are rewritten.
 */
export function warningList(heading) {
  const items = h('ul');
  const list = h('div', { class: 'warnings', part: 'warnings' }, h('h4', { text: heading }), items);
  const el = h('div');
  return {
    el,
    set(sentences) {
      const lines = keep(items, sentences.length, () => h('li'));
      sentences.forEach((text, i) => setText(lines[i], text));
      if (!sentences.length) list.remove();
      else if (!list.parentNode) el.append(list);
    },
  };
}
