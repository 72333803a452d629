#!/usr/bin/env node
// Generates the gazetteer name tables of attest-core:
//   attest-core/src/main/resources/org/attest/gazetteer/admin1.tsv
//   attest-core/src/main/resources/org/attest/gazetteer/countries.tsv
//
// Inputs, read at generation time and never committed:
//   - GeoNames cities500 (CC BY 4.0), as fetched by build/fetch-gazetteer:
//     ~/.cache/attest/geonames/cities500.txt (or --cities FILE)
//   - four npm packages, fetched with `npm pack NAME@VERSION` into a temporary directory
//     (or read from --npm DIR, which holds one unpacked folder per package, e.g.
//     DIR/country-state-city/package/...):
//       country-state-city@3.2.1  subdivisions: name, ISO 3166-2 code, lat/lon (data ODbL, code GPL-3.0)
//       iso-3166-2@1.0.0          subdivision types (province, department...), older ISO codes (MIT)
//       i18n-iso-countries@7.14.0 ISO 3166-1 alpha-2/alpha-3 and English names (MIT)
//       world-countries@5.1.0     common/official names, alternative spellings, demonyms,
//                                 UN subregions (ODbL)
//   - hand-written corrections that regeneration keeps:
//       build/admin1/overrides.tsv          admin1 rows (see its header comment)
//       build/admin1/country-overrides.tsv  country rows (see its header comment)
//
// Usage: node build/admin1/generate.mjs [--cities FILE] [--npm DIR] [--out DIR] [--report FILE]
// Prints a report of low-confidence admin1 mappings to stderr (or to --report FILE).
//
// How an admin1 code gets its name: GeoNames cities500 rows carry (country, admin1 code); the
// subdivisions of country-state-city carry a name and a centroid. For every pair of a code
// group G and a subdivision S the script scores
//   contain  share of the 7 cities nearest to S's centroid that lie in G ("S's point is in G"),
//   vote     share of G's cities whose nearest subdivision centroid is S,
//   name     S's name equals the name of G's capital (PPLA/PPLC) or of G's largest city,
// and assigns pairs greedily, best score first, one subdivision per code. In countries whose
// subdivision list mixes levels (France: regions and departments) the level is chosen first: the
// ISO 3166-2 type whose subdivisions fall one-to-one into the most code groups.
import { readFileSync, writeFileSync, mkdtempSync, existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir, homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PACKAGES = {
  'country-state-city': '3.2.1',
  'iso-3166-2': '1.0.0',
  'i18n-iso-countries': '7.14.0',
  'world-countries': '5.1.0',
};

function parseArgs(argv) {
  const args = {
    cities: join(homedir(), '.cache', 'attest', 'geonames', 'cities500.txt'),
    npm: null,
    out: join(ROOT, 'attest-core', 'src', 'main', 'resources', 'org', 'attest', 'gazetteer'),
    report: null,
  };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in args) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    args[key] = argv[i + 1];
  }
  return args;
}

/** Fetches the pinned npm packages into a temporary directory; returns it and whether to delete it. */
function packages(dir) {
  if (dir) return { dir, temporary: false };
  const tmp = mkdtempSync(join(tmpdir(), 'attest-admin1-'));
  for (const [name, version] of Object.entries(PACKAGES)) {
    const tgz = execFileSync('npm', ['pack', '--silent', `${name}@${version}`], { cwd: tmp }).toString().trim();
    execFileSync('mkdir', ['-p', join(tmp, name)]);
    execFileSync('tar', ['-xzf', join(tmp, tgz), '-C', join(tmp, name)]);
  }
  return { dir: tmp, temporary: true };
}

// ---------- names ----------

const GENERIC = new Set(['province', 'governorate', 'region', 'state', 'prefecture', 'oblast',
  'department', 'county', 'district', 'the', 'of', 'muhafazat', 'ostan', 'provincia', 'estado']);

/** ASCII folding: strips accents and modifier letters, keeps the rest. */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f\u02bb\u02bc\u02be\u02bf\u0332]/g, '')
    .replace(/[’‘`]/g, "'").replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o')
    .replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe')
    .replace(/Ł/g, 'L').replace(/Ø/g, 'O').replace(/Đ/g, 'D');
}

/** A key for matching names: folded, lower case, letters and digits only, generic words gone. */
function key(s) {
  const words = fold(s).toLowerCase().split(/[^a-z0-9]+/).filter(w => w && !GENERIC.has(w));
  return words.join('');
}

function bigrams(s) {
  const out = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of the character bigrams of two name keys, 0..1. */
function similarity(a, b) {
  const ka = key(a), kb = key(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const ba = bigrams(ka), bb = bigrams(kb);
  const counts = new Map();
  for (const g of ba) counts.set(g, (counts.get(g) || 0) + 1);
  let common = 0;
  for (const g of bb) {
    const n = counts.get(g) || 0;
    if (n > 0) { common++; counts.set(g, n - 1); }
  }
  return (2 * common) / (ba.length + bb.length);
}

/** Drops a trailing "Governorate", "Province", "Prefecture" or "Region" word from a subdivision name. */
function bareName(name) {
  const m = name.match(/^(.{3,}?)\s+(Governorate|Province|Prefecture|Region)$/);
  return m ? m[1] : name;
}

// ---------- inputs ----------

function readTsv(file) {
  const rows = [];
  let header = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells.map(c => c.trim()); continue; }
    const row = {};
    header.forEach((h, i) => { row[h] = (cells[i] || '').trim(); });
    rows.push(row);
  }
  return rows;
}

/** cities500 rows grouped by country: { cc: [{name, lat, lon, admin1, code, pop}] }. */
function readCities(file) {
  const byCountry = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    const city = { id: c[0], name: c[1], ascii: c[2], lat: +c[4], lon: +c[5], fcode: c[7],
      cc: c[8], admin1: c[10], pop: +c[14] || 0 };
    if (!byCountry.has(city.cc)) byCountry.set(city.cc, []);
    byCountry.get(city.cc).push(city);
  }
  return byCountry;
}

function dist2(aLat, aLon, bLat, bLon) {
  const x = (aLon - bLon) * Math.cos(((aLat + bLat) / 2) * Math.PI / 180);
  const y = aLat - bLat;
  return x * x + y * y;
}

// ---------- admin1 matching ----------

const K = 7;

function subdivisionsOf(cc, states, isoData) {
  const iso = isoData[cc]?.sub || {};
  const list = states.filter(s => s.countryCode === cc).map(s => {
    const code = s.isoCode.includes('-') ? s.isoCode : `${cc}-${s.isoCode}`;
    return { name: s.name, iso: code, lat: s.latitude ? +s.latitude : null,
      lon: s.longitude ? +s.longitude : null, isoEntry: iso[code] || null };
  });
  // iso-3166-2@1.0.0 predates some recodings (Iran, 2020): trust its types and names only where
  // most of its entries agree with country-state-city's names under the same code.
  const joined = list.filter(s => s.isoEntry);
  const agreeing = joined.filter(s => similarity(s.name, s.isoEntry.name) >= 0.45).length;
  const trusted = joined.length > 0 && agreeing / joined.length >= 0.7;
  for (const s of list) {
    // without a trusted ISO type, the shape of the code stands for the level ("IDF" vs "75")
    s.type = trusted && s.isoEntry ? s.isoEntry.type : s.iso.slice(3).replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '9');
    s.isoName = trusted && s.isoEntry && similarity(s.name, s.isoEntry.name) >= 0.3 ? s.isoEntry.name : null;
  }
  return list;
}

function nearestCities(cities, lat, lon, k) {
  const best = [];
  for (const c of cities) {
    const d = dist2(lat, lon, c.lat, c.lon);
    if (best.length < k) { best.push([d, c]); best.sort((a, b) => a[0] - b[0]); } else if (d < best[k - 1][0]) {
      best[k - 1] = [d, c]; best.sort((a, b) => a[0] - b[0]);
    }
  }
  return best.map(b => b[1]);
}

function matchCountry(cc, cities, subs) {
  const groups = new Map();
  for (const c of cities) {
    if (!c.admin1 || c.admin1 === '00') continue;
    if (!groups.has(c.admin1)) groups.set(c.admin1, { code: c.admin1, cities: [] });
    groups.get(c.admin1).cities.push(c);
  }
  for (const g of groups.values()) {
    const seats = g.cities.filter(c => c.fcode === 'PPLA' || c.fcode === 'PPLC');
    g.seats = seats.sort((a, b) => b.pop - a.pop);
    g.largest = [...g.cities].sort((a, b) => b.pop - a.pop)[0];
  }
  const placed = cities.filter(c => c.admin1 && c.admin1 !== '00');
  // contain(S, G); a centroid far from every city of the country (country-state-city puts some
  // Chinese provinces in America) counts as missing
  for (const s of subs) {
    s.contain = new Map();
    if (s.lat !== null && placed.length > 0
        && dist2(s.lat, s.lon, nearestCities(placed, s.lat, s.lon, 1)[0].lat, nearestCities(placed, s.lat, s.lon, 1)[0].lon) > 25) {
      s.badCentroid = true;
      s.lat = s.lon = null;
    }
    if (s.lat === null || placed.length === 0) continue;
    for (const c of nearestCities(placed, s.lat, s.lon, Math.min(K, placed.length))) {
      s.contain.set(c.admin1, (s.contain.get(c.admin1) || 0) + 1 / Math.min(K, placed.length));
    }
    s.home = [...s.contain.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  // choose the level: the type whose subdivisions fall one-to-one into the most groups
  const types = [...new Set(subs.map(s => s.type))];
  let level = null, levelQuality = -Infinity;
  for (const t of types) {
    const ofType = subs.filter(s => s.type === t && s.home);
    const homes = new Set(ofType.map(s => s.home));
    const quality = homes.size - 0.5 * (ofType.length - homes.size);
    if (quality > levelQuality) { level = t; levelQuality = quality; }
  }
  const covered = new Set(subs.filter(s => s.type === level && s.home).map(s => s.home));
  const allowed = subs.filter(s => s.type === level || !s.home || !covered.has(s.home));
  // vote(G, S)
  const located = allowed.filter(s => s.lat !== null);
  for (const g of groups.values()) {
    g.vote = new Map();
    if (located.length === 0) continue;
    for (const c of g.cities) {
      let best = null, bestD = Infinity;
      for (const s of located) {
        const d = dist2(c.lat, c.lon, s.lat, s.lon);
        if (d < bestD) { bestD = d; best = s; }
      }
      g.vote.set(best, (g.vote.get(best) || 0) + 1 / g.cities.length);
    }
  }
  const pairs = [];
  for (const g of groups.values()) {
    for (const s of allowed) {
      // a group of fewer than K cities cannot hold all K neighbours of a centroid
      const contain = Math.min(1, (s.contain.get(g.code) || 0) / Math.min(1, g.cities.length / K));
      const vote = g.vote.get(s) || 0;
      const seatName = Math.max(0, ...g.seats.map(c => Math.max(similarity(s.name, c.name), similarity(s.name, c.ascii))));
      const name = seatName === 1 ? 1 : (g.largest && key(g.largest.name) === key(s.name) ? 0.6 : (seatName >= 0.8 ? 0.5 : 0));
      const score = 0.45 * contain + 0.35 * vote + 0.4 * name;
      if (score > 0) pairs.push({ g, s, score, contain, vote, name });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const doneG = new Set(), doneS = new Set(), result = [];
  for (const p of pairs) {
    if (doneG.has(p.g) || doneS.has(p.s) || p.score < 0.25) continue;
    doneG.add(p.g); doneS.add(p.s);
    result.push(p);
  }
  let unmatched = [...groups.values()].filter(g => !doneG.has(g));
  // elimination: one group and one subdivision of the chosen level left over belong together
  const spare = allowed.filter(s => !doneS.has(s) && s.type === level);
  if (unmatched.length === 1 && spare.length === 1) {
    result.push({ g: unmatched[0], s: spare[0], score: 0, contain: 0, vote: 0, name: 0, eliminated: true });
    unmatched = [];
  }
  return { groups, result, unmatched, level };
}

// ---------- output helpers ----------

/** The loader's lookup key for an admin1 name (Admin1Table.normalise): aliases equal under it are one. */
function admin1Key(s) {
  const k = fold(s).toLowerCase().replace(/^the\s+/, '').trim();
  const m = k.match(/^(.+?)\s+(province|governorate|region|state)$/);
  return (m ? m[1] : k).replace(/[\s\-']/g, '');
}

function uniqueAliases(name, candidates) {
  const seen = new Set([admin1Key(name)]);
  const out = [];
  for (const raw of candidates) {
    if (!raw) continue;
    const a = fold(raw).trim();
    const k = admin1Key(a);
    if (!k || seen.has(k) || a.includes(',') || /[^\x20-\x7e]/.test(a)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

function splitList(s) {
  return s ? s.split(',').map(x => x.trim()).filter(Boolean) : [];
}

function tsvCell(s) {
  if (/[\t\n]/.test(s)) throw new Error(`tab or newline in value: ${s}`);
  return s;
}

// ---------- admin1 table ----------

function buildAdmin1(cityIndex, states, isoData, overrides, report) {
  const rows = new Map();
  const low = [];
  let groupsTotal = 0;
  for (const [cc, cities] of [...cityIndex.entries()].sort()) {
    const subs = subdivisionsOf(cc, states, isoData);
    const { groups, result, unmatched, level } = matchCountry(cc, cities, subs);
    groupsTotal += groups.size;
    for (const p of result) {
      const name = bareName(p.s.name).replace(/[’‘]/g, "'");
      const aliases = uniqueAliases(name, [p.s.name, p.s.isoName]);
      rows.set(`${cc}\t${p.g.code}`, { country: cc, code: p.g.code, name, aliases, iso: p.s.iso });
      const seat = p.g.seats[0]?.name || p.g.largest.name;
      const confident = p.s.home === p.g.code && p.contain >= 0.6 || p.name === 1 && (p.contain >= 0.3 || p.vote >= 0.3);
      if (!confident) {
        low.push(`${cc}.${p.g.code}\t${name} (${p.s.iso})${p.eliminated ? ' ELIMINATION' : ''}${p.s.badCentroid ? ' BAD-CENTROID' : ''}\tscore=${p.score.toFixed(2)} contain=${p.contain.toFixed(2)} `
          + `vote=${p.vote.toFixed(2)} name=${p.name}\tseat=${seat}\tcities=${p.g.cities.length}\tlevel=${level}`);
      }
    }
    for (const g of unmatched) {
      const seat = g.seats[0]?.name || g.largest.name;
      low.push(`${cc}.${g.code}\tUNMATCHED\tseat=${seat}\tcities=${g.cities.length}\tsubdivisions=${subs.length}`);
    }
  }
  let applied = 0;
  for (const o of overrides) {
    const id = `${o.country}\t${o.code}`;
    const row = rows.get(id) || { country: o.country, code: o.code, name: '', aliases: [], iso: '' };
    const generatedName = row.name;
    if (o.name) row.name = o.name;
    if (o.iso3166_2) row.iso = o.iso3166_2 === '-' ? '' : o.iso3166_2;
    const drop = new Set(splitList(o.drop_aliases).map(admin1Key));
    row.aliases = uniqueAliases(row.name, [generatedName, ...row.aliases, ...splitList(o.add_aliases)])
      .filter(a => !drop.has(admin1Key(a)));
    if (!row.name) throw new Error(`override ${o.country}.${o.code} adds a row without a name`);
    rows.set(id, row);
    applied++;
  }
  const unresolved = [...rows.keys()].length;
  report.push(`admin1: ${groupsTotal} code groups in cities500, ${unresolved} rows written, ${applied} overrides applied`);
  report.push(`admin1: ${low.length} low-confidence or unmatched groups (overrides may fix some of them):`);
  const overridden = new Set(overrides.map(o => `${o.country}.${o.code}`));
  for (const l of low) report.push(`  ${overridden.has(l.split('\t')[0]) ? '[overridden] ' : ''}${l}`);
  return [...rows.values()].sort((a, b) => a.country.localeCompare(b.country) || a.code.localeCompare(b.code));
}

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

function buildCountries(cityIndex, codes, en, world, overrides, report) {
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
      && !AMBIGUOUS.has(aliasKey(a))));
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

function uniqueCountryAliases(name, candidates) {
  const seen = new Set([aliasKey(name)]);
  const out = [];
  for (const raw of candidates) {
    const a = fold(raw).trim();
    const k = aliasKey(a);
    if (!k || seen.has(k) || a.includes(',') || /[^\x20-\x7e]/.test(a)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

// ---------- main ----------

function main() {
  const args = parseArgs(process.argv);
  const { dir, temporary } = packages(args.npm);
  try {
    const pkg = name => join(dir, name, 'package');
    const require = createRequire(import.meta.url);
    const states = JSON.parse(readFileSync(join(pkg('country-state-city'), 'lib', 'assets', 'state.json'), 'utf8'));
    const isoData = require(join(pkg('iso-3166-2'), 'iso3166.min.js')).data;
    const codes = JSON.parse(readFileSync(join(pkg('i18n-iso-countries'), 'codes.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(pkg('i18n-iso-countries'), 'langs', 'en.json'), 'utf8'));
    const world = JSON.parse(readFileSync(join(pkg('world-countries'), 'countries.json'), 'utf8'));
    const cityIndex = readCities(args.cities);
    const report = [];

    const admin1 = buildAdmin1(cityIndex, states, isoData, readTsv(join(HERE, 'overrides.tsv')), report);
    const header = [
      '# First-order administrative divisions (admin1) of every country in GeoNames cities500.',
      '# Generated by build/admin1/generate.mjs; do not edit: correct build/admin1/overrides.tsv and regenerate.',
      '# code: the GeoNames admin1 code as used in cities500 (CC BY 4.0, geonames.org).',
      `# name, iso3166_2: matched from country-state-city@${PACKAGES['country-state-city']} (ODbL)`
        + ` and iso-3166-2@${PACKAGES['iso-3166-2']}, corrected by hand.`,
      '# aliases: comma-separated spelling variants.',
    ];
    const lines = [...header, 'country\tcode\tname\taliases\tiso3166_2'];
    for (const r of admin1) {
      lines.push([r.country, r.code, r.name, r.aliases.join(','), r.iso].map(tsvCell).join('\t'));
    }
    writeFileSync(join(args.out, 'admin1.tsv'), lines.join('\n') + '\n');

    const countries = buildCountries(cityIndex, codes, en, world, readTsv(join(HERE, 'country-overrides.tsv')), report);
    const clines = [
      '# Countries: ISO 3166-1 plus XK (Kosovo, as GeoNames uses it).',
      '# Generated by build/admin1/generate.mjs; do not edit: correct build/admin1/country-overrides.tsv and regenerate.',
      `# Names from world-countries@${PACKAGES['world-countries']} (ODbL) and i18n-iso-countries@${PACKAGES['i18n-iso-countries']} (MIT).`,
      '# lat, lon: the capital (PPLC) in GeoNames cities500, else the country centroid. region: ACLED-style.',
      'iso2\tiso3\tname\taliases\tdemonyms\tlat\tlon\tregion',
    ];
    for (const r of countries) {
      clines.push([r.iso2, r.iso3, r.name, r.aliases.join(','), r.demonyms.join(','),
        r.lat.toFixed(5), r.lon.toFixed(5), r.region].map(String).map(tsvCell).join('\t'));
    }
    writeFileSync(join(args.out, 'countries.tsv'), clines.join('\n') + '\n');

    const text = report.join('\n') + '\n';
    if (args.report) writeFileSync(args.report, text); else process.stderr.write(text);
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}

main();
