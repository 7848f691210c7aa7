// The example pages' only script: `?lang=cy` shows the page's widget in Welsh,
// and `?src=tenders/…json` loads another same-origin tender into it.
const params = new URLSearchParams(location.search);
const widget = document.querySelector('social-value-calculator');
for (const name of ['lang', 'src']) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
