/**
 * The widget's stylesheet, adopted by its shadow root as a constructed
 * stylesheet: a CSP of `style-src 'self'` blocks <style> elements and style
 * attributes, but not the CSSOM. Hosts theme it through the --svcalc-*
 * custom properties and ::part() names listed in docs/widget.md; nothing here
 * reaches the page and `all: initial` keeps the page's inherited styles out.
 * Default colours meet WCAG AA contrast (≥ 4.5:1 for text, ≥ 3:1 for focus).
 */
const css = `
:host{all:initial;display:block;contain:content;
--_text:var(--svcalc-text,#1b1b1b);--_bg:var(--svcalc-background,#fff);--_muted:var(--svcalc-muted,#4b5563);
--_accent:var(--svcalc-accent,#1d4f91);--_accent-text:var(--svcalc-accent-text,#fff);--_border:var(--svcalc-border,#6b7280);
--_soft:var(--svcalc-soft,#eef2f7);--_focus:var(--svcalc-focus,#1b1b1b);--_error:var(--svcalc-error,#a4141f);
--_warn-bg:var(--svcalc-warning-background,#fff4e0);--_warn:var(--svcalc-warning,#6b3f00);--_bar:var(--svcalc-bar,#1d4f91);
--_track:var(--svcalc-bar-track,#dfe5ee);--_radius:var(--svcalc-radius,4px);
font:var(--svcalc-font-size,16px)/1.45 var(--svcalc-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--_text);background:var(--_bg)}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:border-box}
.root{padding:var(--svcalc-space,1rem)}
/* Stacks are plain block flow spaced by margins: a grid would measure every
   table's intrinsic width on each layout, which made a 50-bid update slow
   (and "*+*" made moving a row restyle the whole table) */
.root>:not(:first-child),section>:not(:first-child),.what-if>:not(:first-child),.form>:not(:first-child),.mode-evaluate>:not(:first-child),.mode-bid>:not(:first-child){margin-top:.75rem}
.root>div:empty{display:none}
h2{font-size:1.35em;margin:0}h3{font-size:1.1em;margin:.5em 0 .25em}h4{font-size:1em;margin:.5em 0 .25em}
p{margin:.25em 0}figure{margin:0}
.muted,.hint{color:var(--_muted)}.hint{display:block;font-size:.875em}
button,select,input,textarea{font:inherit;color:inherit}
button{display:inline-block;min-height:2.75rem;padding:.4em .9em;border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_accent-text);cursor:pointer}
button.secondary{background:var(--_bg);color:var(--_accent)}
button.link{min-height:auto;padding:0;border:0;background:none;color:var(--_accent);text-decoration:underline}
button[aria-pressed="true"]::before{content:"✓ "}
input,select,textarea{min-height:2.75rem;padding:.35em .5em;border:2px solid var(--_border);border-radius:var(--_radius);background:var(--_bg);max-width:100%}
textarea{width:100%;min-height:6em}
input[type=number]{width:9em}
input[type=file]{border:0;padding:0}
[aria-invalid="true"]{border-color:var(--_error);border-width:3px}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
summary:focus-visible,button:focus-visible{box-shadow:0 0 0 5px var(--_bg)}
.field{display:grid;grid-template-columns:minmax(0,1fr);gap:.2rem;align-content:start;max-width:100%}
.fields{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:end}
fieldset{border:1px solid var(--_border);border-radius:var(--_radius);margin:0;padding:.5rem 1rem 1rem;min-inline-size:0}
legend{font-weight:600;padding:0 .25rem}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.drop{border:2px dashed var(--_border);border-radius:var(--_radius);padding:.75rem}
.drop.over{background:var(--_soft)}
details{border:1px solid var(--_border);border-radius:var(--_radius);padding:.5rem 1rem}
summary{cursor:pointer;font-weight:600;min-height:2.75rem;display:flex;align-items:center}
details[open]>summary{margin-bottom:.5rem}
/* Wide tables scroll sideways in their own region, which takes focus while it
   overflows (dom.js scrollable). Off screen, the warnings cost no style, layout
   or paint; tables may not skip (content-visibility): Chromium then gives
   assistive technology their rows without cells */
.scroll{overflow-x:auto;overflow-y:hidden;container-type:inline-size}
.scroll:focus-visible{outline-offset:-3px}
.warnings{content-visibility:auto;contain-intrinsic-block-size:auto 20rem}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
/* Long tables (dom.js rowsTable) lay out a row at a time: every row is a grid
   on its table's --_columns, which no figure can widen, and contains its own
   layout and paint, so a changed figure re-lays out and repaints its row
   alone. (Skipping rows off screen with content-visibility would be cheaper,
   but Chromium then gives assistive technology those rows without cells.)
   min-width is the sum of the columns' minimums */
table.rows,table.rows>thead,table.rows>tbody{display:block}
table.rows>caption{display:block}
table.rows>*>tr{display:grid;grid-template-columns:var(--_columns)}
table.rows>tbody>tr{contain:layout paint}
table.rows>tbody>tr.detail{grid-template-columns:minmax(0,1fr)}
table.rows>*>tr:not(.detail)>*{overflow-wrap:anywhere}
table.rows>*>tr>.n{overflow-wrap:normal}
table[part=ranking]{min-width:63.5rem;--_columns:minmax(4.5rem,.5fr) minmax(9rem,2fr) repeat(5,minmax(6.5rem,1fr)) minmax(7.5rem,.7fr) minmax(10rem,1.2fr)}
table.comparison{min-width:43rem;--_columns:minmax(9rem,2fr) repeat(4,minmax(6.5rem,1fr)) minmax(8rem,1.4fr)}
/* Captions and an expanded bid keep to the visible width of their region, so
   they reflow on a narrow screen and never widen the ranking's columns */
caption{text-align:left;font-weight:600;padding:.25em 0;position:sticky;left:0;max-width:100cqi}
th,td{border-bottom:1px solid var(--_border);padding:.35em .5em;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
thead th{background:var(--_soft)}
tr.detail>td{background:var(--_bg);padding:.75rem 0 1.25rem}
tr.detail>td>div{position:sticky;left:0;width:100cqi}
.errors,.warnings{border-left:6px solid;padding:.5rem 1rem;margin:0}
.errors{border-color:var(--_error);color:var(--_error)}
.errors li{color:var(--_text)}.errors code{color:var(--_muted)}
.warnings{border-color:var(--_warn);background:var(--_warn-bg);color:var(--_warn)}
ul{margin:.25em 0;padding-left:1.25em}
.robustness{font-weight:600}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
svg{display:block;max-width:40rem;width:100%;height:auto}
svg text{fill:var(--_text);font-size:13px}
.bar{fill:var(--_bar)}.track{fill:var(--_track)}
.columns{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.columns>*{flex:2 1 28rem;min-width:0}.columns>.estimate{flex:1 1 16rem}
dl.figures{display:grid;grid-template-columns:auto auto;gap:.25rem 1rem;margin:0}
dl.figures dt{color:var(--_muted)}dl.figures dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.estimate{border:2px solid var(--_accent);border-radius:var(--_radius);padding:1rem;align-self:start;position:sticky;top:0;background:var(--_bg)}
.line{border-top:1px solid var(--_border);padding-top:.5rem}
article.summary{border-top:2px solid var(--_border);padding-top:.5rem}
@media print{
:host{contain:none}
.warnings{content-visibility:visible}
/* Paper does not scroll: the ranking fits the page, without its buttons' column */
.scroll{overflow:visible}
table.rows{min-width:0}
table[part=ranking]{--_columns:minmax(0,.5fr) minmax(0,2fr) repeat(5,minmax(0,1fr)) minmax(0,.7fr)}
table[part=ranking]>*>tr>:nth-child(9){display:none}
/* "Print the summaries" prints them alone */
.printing>:not(:has(.summaries)),.printing .mode-evaluate>:not(.summaries),.summaries>summary,.no-print,button{display:none!important}
details{border:0;padding:0}
article.summary{break-before:page;border:0}
article.summary:first-of-type{break-before:auto}
}
`;

let sheet;

/**
 * Gives a shadow root the widget's styles: one constructed sheet shared by
 * every instance (Chrome 73+, Firefox 101+, Safari 16.4+).
 */
export function adoptStyles(shadowRoot) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  shadowRoot.adoptedStyleSheets = [sheet];
}
