/**
 * Files the widget offers for download. They are made in the page (a Blob and
 * an <a download>), so exporting needs no server and works offline.
 */

export function jsonFile(name, text) {
  return { name: `${name}.json`, type: 'application/json', text };
}

/** CSV with a byte-order mark, which is what makes Excel read UTF-8 (ŵ, ŷ, €) correctly. */
export function csvFile(name, text) {
  return { name: `${name}.csv`, type: 'text/csv', text: `\uFEFF${text}` };
}

/** A file name from free text: lower case letters, digits and hyphens. */
export function fileName(...parts) {
  return parts
    .filter(Boolean)
    .join('-')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'svcalc';
}

export function download({ name, type, text }) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
