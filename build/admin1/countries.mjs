// The countries table of generate.mjs: names, aliases, demonyms, capital point and ACLED-style
// region of every ISO 3166-1 country, plus Kosovo.
import { fold, key, splitList } from './inputs.mjs';

// ---------- countries table ----------

// ACLED-style region from the UN subregion that world-countries gives, with the exceptions ACLED
// makes: Iran and the Arab/Turkish west of Asia are "Middle East", the South Caucasus joins
// Central Asia, Mexico is in "Central America". Cyprus stays in Europe (uncertain: UN M49 puts it
// in Western Asia).
const REGION_BY_SUBREGION = {
  'Eastern Africa': 'Eastern Africa', 'Middle Africa': 'Middle Africa', 'Northern Africa': 'Northern Africa',
  'Southern Africa': 'Southern Africa', 'Western Africa': 'Western Africa', 'Caribbean': 'Caribbean',
  'Central America': 'Central America', 'North America': 'North America', 'South America': 'South America',
  'Central Asia': 'Caucasus and Central Asia', 'Eastern Asia': 'East Asia', 'South-Eastern Asia': 'Southeast Asia',
  'Southern Asia': 'South Asia', 'Western Asia': 'Middle East',
  'Central Europe': 'Europe', 'Eastern Europe': 'Europe', 'Northern Europe': 'Europe', 'Southeast Europe': 'Europe',
  'Southern Europe': 'Europe', 'Western Europe': 'Europe', 'Australia and New Zealand': 'Oceania',
  'Melanesia': 'Oceania', 'Micronesia': 'Oceania', 'Polynesia': 'Oceania',
};
const REGION_EXCEPTIONS = { IR: 'Middle East', AM: 'Caucasus and Central Asia', AZ: 'Caucasus and Central Asia',
  GE: 'Caucasus and Central Asia', MX: 'Central America', SS: 'Eastern Africa' };

// Short forms kept although they are shorter than four letters; every other alias needs four.
const SHORT_ALIASES = new Set(['USA', 'U.S.', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'U.A.E.', 'DRC', 'DPRK', 'PRC']);
// Names that denote more than one country, or a country and something larger, are never aliases.
const AMBIGUOUS = new Set(['congo', 'korea', 'macedonia', 'america', 'timor', 'lao', 'guinea', 'samoa',
  'virginislands', 'micronesia']);

export function buildCountries(cityIndex, codes, en, world, overrides, report) {
  const worldBy = new Map(world.map(w => [w.cca2, w]));
  const iso2s = new Set(codes.map(c => c[0]));
  for (const cc of cityIndex.keys()) iso2s.add(cc); // XK (Kosovo): user-assigned, used by GeoNames
  const iso3Of = new Map(codes.map(c => [c[0], c[1]]));
  iso3Of.set('XK', 'XKX');
  const rows = [];
  for (const cc of [...iso2s].sort()) {
    const w = worldBy.get(cc);
    const enNames = [].concat(en.countries[cc] || []);
    const name = w ? w.name.common : enNames[0];
    const alt = w ? [w.name.official, ...w.altSpellings] : [];
    const aliasCandidates = [...enNames, ...alt]
      .filter(a => SHORT_ALIASES.has(a) || fold(a).replace(/[^A-Za-z]/g, '').length >= 4)
      .filter(a => /^[\p{Script=Latin}\s\-'’.()]+$/u.test(a));
    const demonyms = w ? [...new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f].filter(Boolean))] : [];
    const capitals = (cityIndex.get(cc) || []).filter(c => c.fcode === 'PPLC').sort((a, b) => b.pop - a.pop);
    let lat, lon, point;
    if (capitals.length) { lat = capitals[0].lat; lon = capitals[0].lon; point = 'capital'; } else if (w) {
      [lat, lon] = w.latlng; point = 'centroid';
    }
    const region = REGION_EXCEPTIONS[cc] || (w && (w.region === 'Antarctic' ? 'Antarctica' : REGION_BY_SUBREGION[w.subregion])) || '';
    rows.push({ iso2: cc, iso3: iso3Of.get(cc) || '', name, aliasCandidates, demonyms, lat, lon, region, point });
  }
  for (const o of overrides) {
    const row = rows.find(r => r.iso2 === o.iso2);
    if (!row) throw new Error(`country override for unknown code ${o.iso2}`);
    if (o.name) { row.aliasCandidates.unshift(row.name); row.name = o.name; }
    row.aliasCandidates.push(...splitList(o.add_aliases));
    row.spelledApart = splitList(o.add_aliases);
    const drop = new Set(splitList(o.drop_aliases).map(key));
    row.aliasCandidates = row.aliasCandidates.filter(a => !drop.has(key(a)));
    row.demonyms = [...new Set([...row.demonyms, ...splitList(o.add_demonyms)])];
    if (o.region) row.region = o.region;
  }
  // an alias that names two countries, or another country's name, is dropped everywhere
  const owners = new Map();
  for (const r of rows) {
    for (const a of [r.name, ...r.aliasCandidates]) {
      const k = aliasKey(a);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(r.iso2);
    }
  }
  for (const r of rows) {
    const before = r.aliasCandidates.map(fold);
    r.aliases = uniqueCountryAliases(r.name, r.aliasCandidates.filter(a => owners.get(aliasKey(a)).size === 1
      && !AMBIGUOUS.has(aliasKey(a))), r.spelledApart || []);
    const dropped = before.filter(a => owners.get(aliasKey(a)).size > 1 || AMBIGUOUS.has(aliasKey(a)));
    if (dropped.length) report.push(`countries: ${r.iso2} dropped ambiguous aliases: ${[...new Set(dropped)].join(', ')}`);
    if (r.point !== 'capital') report.push(`countries: ${r.iso2} has no capital in cities500; using the country centroid`);
    if (!r.region) report.push(`countries: ${r.iso2} has no region`);
  }
  report.push(`countries: ${rows.length} rows written`);
  return rows;
}

/** The loader's lookup key for a country alias: keeps dots, so that "U.S." is not the pronoun "us". */
function aliasKey(a) {
  return fold(a).toLowerCase().replace(/^the\s+/, '').replace(/[\s\-'’]/g, '');
}

/**
 * The aliases worth listing: one per lookup key, except that a hand-added alias is kept when it is
 * the same key spelled in other words ("Viet Nam" beside "Vietnam"): the geoparser finds a name in
 * the text word by word, so it needs each spelling's words even where the keys agree.
 */
function uniqueCountryAliases(name, candidates, spelledApart) {
  const seen = new Set([aliasKey(name)]);
  const words = new Set([fold(name).toLowerCase()]);
  const apart = new Set(spelledApart.map(a => fold(a).trim().toLowerCase()));
  const out = [];
  for (const raw of candidates) {
    const a = fold(raw).trim();
    const k = aliasKey(a);
    const other = apart.has(a.toLowerCase()) && !words.has(a.toLowerCase());
    if (!k || (seen.has(k) && !other) || a.includes(',') || /[^\x20-\x7e]/.test(a)) continue;
    words.add(a.toLowerCase());
    seen.add(k);
    out.push(a);
  }
  return out;
}
