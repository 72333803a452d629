// The document view: the cleaned text with places, figures, dates and events highlighted (each
// piece of text inserted as a text node), and the selected event's fields beside it.
import { el, clear, $ } from './dom.js';

/** Cuts the text at every span boundary; each piece carries the spans that cover it. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ start: a, end: b, covers: spans.filter(s => s.start <= a && s.end >= b) });
  }
  return out;
}

export function renderDocument(doc, selectedIndex, onSelect, target) {
  $('doc-title').textContent = doc.title || doc.doc;
  const meta = [doc.published ? 'published ' + doc.published : null, doc.language, doc.doc].filter(Boolean).join(' · ');
  const metaNode = clear($('doc-meta'));
  metaNode.append(meta);
  if (doc.source) {
    metaNode.append(' · ');
    const link = el('a', { href: doc.source, rel: 'noopener noreferrer', text: doc.source });
    // a location that is not http(s) (file:, upload:) is shown as text, not as a link
    metaNode.append(link.getAttribute('href') === '#' ? doc.source : link);
  }
  const spans = [];
  doc.events.forEach((e, i) => spans.push({ kind: 'event', index: i, start: e.start, end: e.end }));
  doc.places.forEach((p, i) => spans.push({ kind: 'place', index: i, start: p.start, end: p.end }));
  doc.quantities.forEach((q, i) => spans.push({ kind: 'qty', index: i, start: q.start, end: q.end }));
  doc.dates.forEach((d, i) => spans.push({ kind: 'date', index: i, start: d.start, end: d.end }));
  if (target) {
    // a check's evidence: the whole sentence that holds it
    const s = doc.sentences.find(x => x.start <= target.start && x.end >= target.end) || target;
    spans.push({ kind: 'target', index: 0, start: s.start, end: s.end });
  }
  const box = clear($('doc-text'));
  for (const seg of segments(doc.text, spans)) {
    const piece = doc.text.slice(seg.start, seg.end);
    if (!seg.covers.length) { box.append(document.createTextNode(piece)); continue; }
    const classes = [...new Set(seg.covers.map(s => 'hl-' + s.kind))];
    const ev = seg.covers.find(s => s.kind === 'event');
    if (ev && ev.index === selectedIndex) classes.push('selected');
    const span = el('span', { class: classes.join(' '), text: piece });
    if (ev) {
      span.dataset.event = ev.index;
      span.addEventListener('click', () => onSelect(ev.index));
    }
    const place = seg.covers.find(s => s.kind === 'place');
    if (place) span.title = describePlace(doc.places[place.index]);
    const qty = seg.covers.find(s => s.kind === 'qty');
    if (qty) span.title = describeQuantity(doc.quantities[qty.index]);
    box.append(span);
  }
  const list = clear($('doc-events'));
  doc.events.forEach((e, i) => {
    list.append(el('li', {}, el('a', {
      href: '#/doc/' + doc.id + '?event=' + i, class: i === selectedIndex ? 'current' : null,
      text: (e.date || 'undated') + ' · ' + e.type,
    })));
  });
  const checks = clear($('doc-checks'));
  if (!doc.checks.length) checks.append(el('li', { class: 'hint', text: 'none' }));
  doc.checks.forEach(c => checks.append(el('li', { text: c.kind + ': ' + (c.message || '') })));
  renderFields(doc, selectedIndex);
  const first = box.querySelector('.selected, .hl-target');
  if (first) first.scrollIntoView({ block: 'center' });
}

function describePlace(p) {
  return [p.name, p.admin1, p.country, p.geonameid ? 'GeoNames ' + p.geonameid : null, p.pass].filter(Boolean).join(' · ');
}

function describeQuantity(q) {
  return [q.qualifier, q.value_max != null ? q.value + '–' + q.value_max : q.value, q.unit, q.what].filter(v => v !== null && v !== undefined).join(' · ');
}

function renderFields(doc, i) {
  const box = clear($('event-fields'));
  const e = doc.events[i];
  if (!e) { box.append(el('p', { class: 'hint', text: 'Choose an event in the text or the list.' })); return; }
  const row = (k, v) => [el('dt', { text: k }), el('dd', { text: v === null || v === undefined || v === '' ? '—' : v })];
  const places = e.place_indexes.map(k => doc.places[k]).filter(Boolean).map(describePlace);
  const qs = e.quantities.map(k => doc.quantities[k]).filter(Boolean).map(q => q.text + ' (' + describeQuantity(q) + ')');
  box.append(el('dl', { class: 'kv' },
    row('type', e.type), row('date', e.date ? e.date + ' (' + e.date_precision + ')' : null),
    row('places', places.join('; ')), row('figures', qs.join('; ')),
    row('actors', e.actors.join(', ')), row('claimant', e.claimant), row('trigger', e.trigger)),
    el('blockquote', { class: 'evidence-quote', text: e.evidence }));
}
