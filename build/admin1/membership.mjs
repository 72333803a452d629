// City-membership evidence for admin1 matching (generate.mjs) and its audit (audit.mjs).
//
// country-state-city lists ~150,000 cities, each with the code of the subdivision it lies in.
// A GeoNames code group's cities, found again in that list by name and position, therefore say
// which subdivision the group is: Melbourne (AU.07 in cities500) is listed in VIC, so AU.07 is
// Victoria, whatever the centroids say. This evidence is independent of the subdivision
// centroids, some of which are far off (Victoria's lies on the South Australian border).
import { fold, dist2 } from './inputs.mjs';

// a GeoNames city and a package city of the same name are one place when this close (~25 km)
const NEAR = 0.25 * 0.25;
// a group's seat (PPLA/PPLC) outweighs this many ordinary cities
const SEAT_WEIGHT = 5;
// matched weight at which the evidence counts in full (one seat, or five towns)
const FULL_WEIGHT = 5;

/** A key for matching city names: folded, lower case, letters and digits only. */
function cityKey(s) {
  return fold(s).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** country-state-city's cities ([name, country, state, lat, lon]) by country, then by name key. */
export function indexPackageCities(rows) {
  const byCountry = new Map();
  for (const [name, cc, state, lat, lon] of rows) {
    if (!byCountry.has(cc)) byCountry.set(cc, new Map());
    const byKey = byCountry.get(cc);
    const k = cityKey(name);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push({ name, state, lat: +lat, lon: +lon });
  }
  return byCountry;
}

/** The package city that is the GeoNames city C: same name (or ASCII name), nearest, within NEAR. */
function counterpart(c, byKey) {
  let best = null, bestD = NEAR;
  for (const k of new Set([cityKey(c.name), cityKey(c.ascii)])) {
    for (const p of byKey.get(k) || []) {
      const d = dist2(c.lat, c.lon, p.lat, p.lon);
      if (d <= bestD) { bestD = d; best = p; }
    }
  }
  return best;
}

/**
 * The subdivisions that a code group's cities lie in, by the package: votes (state code -> share
 * of the matched weight), the matched weight, its reliability (0..1), the winning state and its
 * share, and evidence (the seat and the largest matched cities with their states).
 */
export function membership(groupCities, byKey) {
  const votes = new Map();
  let weight = 0;
  const evidence = [];
  const ordered = [...groupCities].sort((a, b) => seatRank(a) - seatRank(b) || b.pop - a.pop);
  for (const c of ordered) {
    const p = byKey ? counterpart(c, byKey) : null;
    if (!p) continue;
    const w = seatRank(c) === 0 ? SEAT_WEIGHT : 1;
    votes.set(p.state, (votes.get(p.state) || 0) + w);
    weight += w;
    if (evidence.length < 4) evidence.push(`${c.name}${seatRank(c) === 0 ? '*' : ''}=${p.state}`);
  }
  for (const [s, v] of votes) votes.set(s, v / weight);
  const [winner, share] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] || [null, 0];
  return { votes, weight, reliability: Math.min(1, weight / FULL_WEIGHT), winner, share, evidence };
}

function seatRank(c) {
  return c.fcode === 'PPLA' || c.fcode === 'PPLC' ? 0 : 1;
}
