// The events table: one row per event; a row opens the event (click or Enter).
import { el, clear } from './dom.js';

export function renderTable(tbody, items, open) {
  clear(tbody);
  if (!items.length) {
    tbody.append(el('tr', {}, el('td', { colspan: 6, class: 'hint', text: 'No events match.' })));
    return;
  }
  for (const e of items) {
    const places = e.places.map(p => p.name || p.surface).filter((v, i, a) => a.indexOf(v) === i).join(', ');
    const row = el('tr', {
      tabindex: 0, class: 'event-row', 'data-id': e.id,
      onclick: () => open(e),
      onkeydown: ev => { if (ev.key === 'Enter') open(e); },
    },
      el('td', { text: e.date || '—' }),
      el('td', {}, el('span', { class: 'type type-' + e.type.replace(/[^a-z_]/g, ''), text: e.type })),
      el('td', { text: places || '—' }),
      el('td', { text: e.claimant || '' }),
      el('td', { class: 'evidence', text: e.evidence }),
      el('td', { text: e.document.title || e.document.name }));
    tbody.append(row);
  }
}
