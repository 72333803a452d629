// The timeline: one button per interval, its height the count. Click filters to that interval;
// shift-click, or a drag across bars, filters to the range. Buttons keep it keyboard reachable.
import { el, clear } from './dom.js';

/** The first and last day an interval key covers, as filter bounds. */
export function bounds(key, interval) {
  if (interval === 'week') {
    const d = new Date(key + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 6);
    return [key, d.toISOString().slice(0, 10)];
  }
  return [key, key];
}

export function renderTimeline(container, timeline, interval, onRange) {
  clear(container);
  const entries = Object.entries(timeline);
  if (!entries.length) {
    container.append(el('p', { class: 'hint', text: 'No dated events at this interval.' }));
    return;
  }
  const max = Math.max(...entries.map(([, n]) => n));
  let anchor = null;
  let dragFrom = null;
  const pick = (i, j) => {
    const [a, b] = [Math.min(i, j), Math.max(i, j)];
    onRange(bounds(entries[a][0], interval)[0], bounds(entries[b][0], interval)[1]);
  };
  entries.forEach(([key, n], i) => {
    const bar = el('button', {
      type: 'button', class: 'bar', 'data-key': key, 'data-count': n,
      title: key + ': ' + n, 'aria-label': key + ': ' + n + (n === 1 ? ' event' : ' events'),
      onclick: ev => {
        if (ev.shiftKey && anchor !== null) pick(anchor, i); else pick(i, i);
        anchor = i;
      },
      onpointerdown: () => { dragFrom = i; },
      onpointerup: () => { if (dragFrom !== null && dragFrom !== i) pick(dragFrom, i); dragFrom = null; },
    }, el('span', { class: 'fill' }, el('span', { class: 'count', text: n })), el('span', { class: 'label', text: key }));
    bar.firstChild.style.height = Math.max(3, Math.round(100 * n / max)) + '%';
    container.append(bar);
  });
}
