// The JSON API: GET requests with the filters as a query string; errors become exceptions
// carrying the server's message.

export async function get(path, params) {
  const qs = params ? query(params) : '';
  const res = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'HTTP ' + res.status }));
  if (!res.ok) throw new Error(body.error || 'HTTP ' + res.status);
  return body;
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v) !== '') q.set(k, v);
  }
  return q.toString();
}

/** The filter parameters every event query takes (the API's FilterParams.FILTERS). */
export const FILTERS = ['type', 'from', 'to', 'country', 'admin1', 'place', 'bbox', 'q', 'source', 'check', 'geonameid'];

export function filtersOf(params) {
  const f = {};
  for (const k of FILTERS) if (params[k]) f[k] = params[k];
  return f;
}
