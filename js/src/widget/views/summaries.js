/** Assessment summaries, one article per bidder, with print and copy-as-text. */
import { h } from '../dom.js';
import { assessmentSummary, summaryText } from '../summary.js';
import { bidName } from '../wording.js';

export function summariesView(result, tender, tr, { onPrint, onCopy }) {
  const { t } = tr;
  return [
    h('p', { class: 'hint', text: t('summaries.intro') }),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'secondary', text: t('summaries.print'), onclick: onPrint })),
    result.bids.map((bid) => {
      const summary = assessmentSummary(result, tender, bid.id, tr);
      return h(
        'article',
        { class: 'summary', part: 'summary', 'data-bid': bid.id },
        h('h3', { text: summary.title }),
        summary.blocks.map((block) => [
          h('h4', { text: block.heading }),
          h(
            'ul',
            null,
            block.lines.map((line) =>
              typeof line === 'string'
                ? h('li', { text: line })
                : h('li', null, line.text, h('ul', null, line.lines.map((text) => h('li', { text })))),
            ),
          ),
        ]),
        h('button', { type: 'button', class: 'secondary', onclick: (event) => onCopy(summaryText(summary), event.currentTarget) },
          t('summaries.copy'), h('span', { class: 'sr', text: ` ${t('ranking.for', { name: bidName(bid) })}` })),
      );
    }),
  ];
}
