// The offline page's script, bundled with the package into one inline module
// by scripts/build-offline.mjs. Under file:// a page can fetch nothing, not
// even a file beside it, so the .wasm arrives as base64 in the page and the
// calculator is made from its bytes before the element is connected.
import { createCalculator } from '../../js/src/index.js';
import '../../js/src/widget/social-value-calculator.js';

const text = (id) => document.getElementById(id).textContent.trim();

const bytes = Uint8Array.from(atob(text('svcalc-wasm')), (c) => c.charCodeAt(0));
const element = document.createElement('social-value-calculator');
element.calculator = await createCalculator({ wasm: bytes });
element.tender = JSON.parse(text('svcalc-example'));
for (const radio of document.querySelectorAll('input[name=mode]')) {
  radio.addEventListener('change', () => {
    if (radio.checked) element.mode = radio.value;
  });
}
document.getElementById('calculator').replaceWith(element);
