// The single-page app: the URL hash holds the view and its filters (#/?type=protest&from=2023,
// #/doc/3?event=1, #/event/7, #/checks), so every state can be bookmarked and shared.
import { get, query, filtersOf, FILTERS } from './api.js';
import { el, clear, $ } from './dom.js';
import { EventMap } from './map.js';
import { renderTimeline } from './timeline.js';
import { renderTable } from './table.js';
import { renderDocument } from './doc.js';
import { renderChecks } from './checks.js';

const PAGE = 50;
let config = { types: [], tile_url: null };
let map = null;

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = h.split('?');
  return { path, params: Object.fromEntries(new URLSearchParams(qs || '')) };
}

function go(path, params) {
  const qs = params ? query(params) : '';
  location.hash = '#' + path + (qs ? '?' + qs : '');
}

function show(view) {
  for (const v of ['events', 'doc', 'checks']) $('view-' + v).hidden = v !== view;
  $('nav-events').classList.toggle('active', view === 'events');
  $('nav-checks').classList.toggle('active', view === 'checks');
}

function status(text, error) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', !!error);
}

async function eventsView(params) {
  show('events');
  const form = $('filters');
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = params[k] || '';
  $('interval').value = params.interval || 'month';
  if (!map) map = new EventMap('map', g => go('/', { ...filtersOf(params), geonameid: g.geonameid || '', place: g.geonameid ? '' : g.name }), config.tile_url);
  setTimeout(() => map.resize(), 0);
  const filters = filtersOf(params);
  const offset = Number(params.offset || 0);
  const sort = params.sort || 'date';
  for (const f of ['csv', 'geojson', 'jsonl']) $('export-' + f).setAttribute('href', '/api/export.' + f + (query(filters) ? '?' + query(filters) : ''));
  status('Loading…');
  try {
    const [page, stats, geo] = await Promise.all([
      get('/api/events', { ...filters, limit: PAGE, offset, sort }),
      get('/api/stats', { ...filters, interval: params.interval || 'month' }),
      get('/api/export.geojson', filters),
    ]);
    const active = Object.entries(filters).map(([k, v]) => k + '=' + v).join(', ');
    status(page.total + (page.total === 1 ? ' event' : ' events') + (active ? ' matching ' + active : ''));
    const places = map.show(geo, true);
    $('map').setAttribute('data-places', String(places));
    $('timeline-title').textContent = 'Events per ' + stats.interval;
    renderTimeline($('timeline'), stats.timeline, stats.interval, (from, to) => go('/', { ...params, from, to, offset: '' }));
    renderTable(document.querySelector('#events tbody'), page.items, e => go('/event/' + e.id));
    $('page-info').textContent = page.total ? (offset + 1) + '–' + (offset + page.items.length) + ' of ' + page.total : '';
    $('prev').disabled = offset <= 0;
    $('next').disabled = offset + page.items.length >= page.total;
    $('prev').onclick = () => go('/', { ...params, offset: Math.max(0, offset - PAGE) || '' });
    $('next').onclick = () => go('/', { ...params, offset: offset + PAGE });
    $('sort-date').textContent = sort === '-date' ? 'Date ↓' : 'Date ↑';
    $('sort-date').onclick = () => go('/', { ...params, sort: sort === '-date' ? '' : '-date', offset: '' });
  } catch (e) {
    status(e.message, true);
  }
}

async function docView(id, params, eventId) {
  show('doc');
  clear($('doc-text'));
  $('doc-title').textContent = 'Loading…';
  try {
    let selected = params.event !== undefined ? Number(params.event) : -1;
    if (eventId) {
      const ev = await get('/api/events/' + eventId);
      id = ev.document.id;
      selected = ev.index;
    }
    const doc = await get('/api/documents/' + id);
    let target = null;
    if (params.at && /^\d+-\d+$/.test(params.at)) {
      const [start, end] = params.at.split('-').map(Number);
      target = { start, end };
    }
    renderDocument(doc, selected, i => go('/doc/' + doc.id, { event: i }), target);
  } catch (e) {
    $('doc-title').textContent = e.message;
  }
}

async function checksView(params) {
  show('checks');
  try {
    renderChecks(await get('/api/checks', { kind: params.kind || '' }));
  } catch (e) {
    clear($('checks-list')).append(el('p', { class: 'error', text: e.message }));
  }
}

function route() {
  const { path, params } = parseHash();
  let m;
  if ((m = path.match(/^\/doc\/(\d+)$/))) return docView(m[1], params, null);
  if ((m = path.match(/^\/event\/(\d+)$/))) return docView(null, params, m[1]);
  if (path === '/checks') return checksView(params);
  return eventsView(params);
}

function wire() {
  const form = $('filters');
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = {};
    for (const k of FILTERS) p[k] = form.elements[k].value.trim();
    p.interval = $('interval').value === 'month' ? '' : $('interval').value;
    go('/', p);
  });
  $('clear').addEventListener('click', () => go('/', {}));
  $('use-view').addEventListener('click', () => {
    form.elements.bbox.value = map ? map.bbox() : '';
    form.requestSubmit();
  });
  $('interval').addEventListener('change', () => form.requestSubmit());
  $('tile-url').value = localStorage.getItem('attest.tileUrl') || config.tile_url || '';
  $('tile-save').addEventListener('click', () => map && map.useTiles($('tile-url').value.trim()));
  const typeSelect = $('f-type');
  for (const t of config.types) typeSelect.append(el('option', { value: t, text: t }));
  window.addEventListener('hashchange', route);
}

async function main() {
  try {
    config = await get('/api/config');
  } catch (e) {
    status('Cannot reach the API: ' + e.message, true);
  }
  wire();
  await route();
  document.body.dataset.ready = 'true';
}

main();
