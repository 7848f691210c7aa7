// A portal's supplier page for one opportunity: what a host writes.
// 1. Gives the element, in bid mode, the buyer's published framework
//    (frameworks/mixed-method-example.json) and method, as a framework-only
//    document: { svcalc: 1, framework, method }.
// 2. Shows the supplier's estimate beside the portal's own bid form.
// 3. Attaches the supplier's social value response (a spec bid) to the bid.
import '../../js/src/widget/social-value-calculator.js';

const frameworkUrl = new URL('../../frameworks/mixed-method-example.json', import.meta.url);
/** What the buyer published with the opportunity, beside the framework. */
const published = {
  svcalc: 1,
  currency: 'GBP',
  contractValue: 850000,
  method: {
    weights: { price: 50, quality: 35, socialValue: 15 },
    socialValue: { basis: 'proportional', quantitativeShare: 0.5, cap: 0.1 },
  },
};

const $ = (id) => document.getElementById(id);
const element = document.querySelector('social-value-calculator');

function setStatus(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('status-error', isError);
}

element.addEventListener('svcalc-ready', () => setStatus('Add your commitments in the calculator; the estimate follows as you type.'));
element.addEventListener('svcalc-result', (event) => {
  const { estimate } = event.detail;
  const points = estimate.socialValue.points;
  $('estimate').textContent = `${points.toFixed(1)} out of 100, worth ${estimate.scores.socialValue.toFixed(2)} of your ${published.method.weights.socialValue} points`;
  $('attach').disabled = false;
});
element.addEventListener('svcalc-change', (event) => {
  // The element saves the draft itself, moments later, in this browser only.
  if (event.detail.kind === 'draft') $('draft').textContent = `last changed at ${new Date().toLocaleTimeString('en-GB')}`;
});
element.addEventListener('svcalc-error', (event) => {
  setStatus(`Your entry cannot be scored yet: ${event.detail.errors.length} problem(s), shown in the calculator.`, true);
});

$('attach').addEventListener('click', () => {
  // The portal would upload this with the rest of the bid; here it shows it.
  const bid = element.bid;
  $('attached').textContent = JSON.stringify(bid, null, 2);
  $('attached').hidden = false;
  setStatus(`Attached: ${bid.commitments.length} commitment(s) and ${bid.responses.length} response(s) for framework ${bid['x-svcalc-framework'].id}.`);
});

try {
  const framework = await (await fetch(frameworkUrl)).json();
  $('framework-title').textContent = framework.title;
  element.tender = { ...published, framework };
} catch (error) {
  setStatus(`The buyer's framework could not be loaded: ${error.message}`, true);
}
