// What the widget accepts, where drafts go, and how it names places in a
// document: pure functions, no browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describePath, documentKind, frameworkKey, parseJson, tenderFrom, withBid, withQuality } from '../../js/src/widget/documents.js';
import { clearDraft, draftKey, draftPrefix, loadDraft, saveDraft } from '../../js/src/widget/drafts.js';
import { fileName } from '../../js/src/widget/downloads.js';
import { loadTranslator } from './support/translator.mjs';

const { t } = await loadTranslator('en-GB', 'GBP');
const framework = { id: 'fw', themes: [{ id: 'jobs' }], measures: [{ id: 'J1', theme: 'jobs', kind: 'quantitative', proxy: 1 }] };

test('documents are told apart: tenders, framework-only documents, single bids', () => {
  assert.equal(documentKind({ svcalc: 1, framework, bids: [] }), 'tender');
  assert.equal(documentKind({ svcalc: 1, framework }), 'tender');
  assert.equal(documentKind({ id: 'b1', commitments: [] }), 'bid');
  assert.equal(documentKind({ id: 'b1', price: 10 }), 'bid');
  for (const other of [null, [], 'text', 3, { hello: 1 }]) assert.equal(documentKind(other), 'unknown');
  assert.deepEqual(tenderFrom({ svcalc: 1, framework }), { svcalc: 1, framework, bids: [] });
  const tender = { svcalc: 1, framework, bids: [{ id: 'a' }] };
  assert.equal(tenderFrom(tender), tender);
  assert.deepEqual(parseJson('{"a":1}'), { value: { a: 1 } });
  assert.deepEqual(parseJson('{"a":'), { error: true });
});

test('an added bid is appended, and one with a known id replaces it in place', () => {
  const tender = { svcalc: 1, framework, bids: [{ id: 'a', price: 1 }, { id: 'b', price: 2 }] };
  const added = withBid(tender, { id: 'c', price: 3 });
  assert.equal(added.replaced, false);
  assert.deepEqual(added.tender.bids.map((b) => b.id), ['a', 'b', 'c']);
  const replaced = withBid(tender, { id: 'a', price: 9 });
  assert.equal(replaced.replaced, true);
  assert.deepEqual(replaced.tender.bids, [{ id: 'a', price: 9 }, { id: 'b', price: 2 }]);
  assert.deepEqual(tender.bids.map((b) => b.price), [1, 2]); // not mutated
  assert.equal(withQuality(tender, 'b', 75).bids[1].quality, 75);
});

test('a JSON Pointer reads as words: position from 1, with the name or id', () => {
  const document = {
    framework: { themes: [{ id: 'jobs', title: 'Jobs' }], measures: [{ id: 'J1' }] },
    bids: [{ id: 'b1' }, { id: 'b2', supplier: { name: 'Acme' }, commitments: [{ measure: 'J1', quantity: -2 }] }],
  };
  assert.equal(describePath('/bids/1/commitments/0/quantity', document, t), 'bid 2 (Acme) › commitment 1 (J1) › quantity');
  assert.equal(describePath('/framework/themes/0/weight', document, t), 'framework › theme 1 (Jobs) › weight');
  assert.equal(describePath('/bids/7/id', document, t), 'bid 8 › id'); // past the end: no name to give
  assert.equal(describePath('', document, t), 'The document');
  assert.equal(describePath('/a~1b/c~0d', { 'a/b': { 'c~d': 1 } }, t), 'a/b › c~d');
});

test('drafts live under svcalc:draft:<framework id>, and a broken storage never throws', () => {
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, String(v)), removeItem: (k) => store.delete(k) };
  assert.equal(draftPrefix, 'svcalc:draft:');
  assert.equal(draftKey('fw'), 'svcalc:draft:fw');
  assert.equal(loadDraft(storage, 'fw'), null);
  const bid = { id: 'mine', commitments: [{ measure: 'J1', quantity: 2 }] };
  const at = new Date('2025-06-01T10:00:00Z');
  assert.equal(saveDraft(storage, 'fw', { bid, benchmark: 0.12 }, at), at);
  assert.deepEqual([...store.keys()], ['svcalc:draft:fw']);
  assert.deepEqual(loadDraft(storage, 'fw'), { bid: { ...bid, responses: [] }, benchmark: 0.12, savedAt: at });
  assert.equal(loadDraft(storage, 'other'), null);
  clearDraft(storage, 'fw');
  assert.equal(loadDraft(storage, 'fw'), null);
  store.set('svcalc:draft:fw', '{not json');
  assert.equal(loadDraft(storage, 'fw'), null);
  const broken = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('full'); }, removeItem() { throw new Error('denied'); } };
  assert.equal(saveDraft(broken, 'fw', { bid, benchmark: 0.1 }), null);
  assert.equal(loadDraft(broken, 'fw'), null);
  assert.doesNotThrow(() => clearDraft(broken, 'fw'));
  assert.equal(saveDraft(null, 'fw', { bid }), null);
});

test('a malformed draft loads what is well formed and drops the rest, never throwing', () => {
  let saved = {
    svcalc: 1,
    savedAt: 'yesterday',
    benchmark: '12%',
    bid: { id: 'mine', supplier: 'Acme', commitments: [null, 3, { measure: 5 }, [], 'J1', { measure: 'J1', quantity: 2 }], responses: { measure: 'Q1' } },
  };
  const storage = { getItem: () => JSON.stringify(saved), setItem() {}, removeItem() {} };
  assert.deepEqual(loadDraft(storage, 'fw'), {
    bid: { id: 'mine', commitments: [{ measure: 'J1', quantity: 2 }], responses: [] },
    benchmark: null,
    savedAt: null,
  });
  saved = { svcalc: 1, bid: { responses: [null, { measure: 'Q1', score: 60 }, { score: 40 }] } };
  assert.deepEqual(loadDraft(storage, 'fw').bid, { commitments: [], responses: [{ measure: 'Q1', score: 60 }] });
  for (const bid of [null, 3, 'bid']) {
    saved = { svcalc: 1, bid };
    assert.equal(loadDraft(storage, 'fw'), null);
  }
});

test('a framework without an id is keyed by its title, then by its content', () => {
  assert.equal(frameworkKey({ id: 'fw', title: 'T' }), 'fw');
  assert.equal(frameworkKey({ title: 'Grounds' }), 'title:Grounds');
  const anonymous = { themes: [], measures: [] };
  assert.match(frameworkKey(anonymous), /^hash:[0-9a-f]+$/);
  assert.equal(frameworkKey(structuredClone(anonymous)), frameworkKey(anonymous));
  assert.notEqual(frameworkKey({ themes: [{ id: 'x' }], measures: [] }), frameworkKey(anonymous));
});

test('download names are plain: letters, digits and hyphens', () => {
  assert.equal(fileName('Caffi Ŵyn & Co.', 'bid'), 'caffi-wyn-co-bid');
  assert.equal(fileName('district-grounds-sv', 'result'), 'district-grounds-sv-result');
  assert.equal(fileName('', '', ''), 'svcalc');
});
