// The checks view: each check's figures side by side, with links to the sentences that carry
// its evidence in the document view.
import { el, clear, $ } from './dom.js';

function figures(c) {
  const names = Object.keys(c.figures);
  return el('table', { class: 'figures' },
    el('thead', {}, el('tr', {}, names.map(n => el('th', { scope: 'col', text: n })))),
    el('tbody', {}, el('tr', {}, names.map(n => el('td', { text: format(c.figures[n]) })))));
}

function format(v) {
  return Array.isArray(v) ? v.join(', ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function card(c, withDoc) {
  const links = withDoc && c.document
    ? c.evidence.map((s, i) => el('a', { href: '#/doc/' + c.document.id + '?at=' + s.start + '-' + s.end, class: 'evidence-link', text: 'evidence ' + (i + 1) }))
    : [];
  return el('div', { class: 'check' },
    el('h3', { text: c.kind }),
    el('p', { text: c.message || '' }),
    figures(c),
    withDoc && c.document ? el('p', { class: 'meta' }, 'in ', el('a', { href: '#/doc/' + c.document.id, text: c.document.title || c.document.name }), ' ', links) : null);
}

export function renderChecks(data) {
  const list = clear($('checks-list'));
  if (!data.items.length) list.append(el('p', { class: 'hint', text: 'No checks within documents.' }));
  data.items.forEach(c => list.append(card(c, true)));
  const cross = clear($('cross-checks'));
  if (!data.cross_document.length) cross.append(el('p', { class: 'hint', text: 'None.' }));
  data.cross_document.forEach(c => cross.append(card(c, false)));
}
