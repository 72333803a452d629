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
//   member   share of G's cities that country-state-city's own city list puts in S
//            (membership.mjs; weighs more than the three above together),
// and assigns pairs greedily, best score first, one subdivision per code. In countries whose
// subdivision list mixes levels (France: regions and departments) the level is chosen first: the
// ISO 3166-2 type whose subdivisions fall one-to-one into the most code groups. The report lists
// low-confidence rows and, as CITIES-SAY, rows whose cities point elsewhere; build/admin1/audit.mjs
// checks any finished table (overrides included) the same way.
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES, withPackages, fold, key, similarity, bareName, readTsv, readCities, dist2, splitList, tsvCell }
  from './inputs.mjs';
import { indexPackageCities, membership } from './membership.mjs';
import { buildCountries } from './countries.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

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


// ---------- admin1 matching ----------

const K = 7;

function subdivisionsOf(cc, states, isoData) {
  const iso = isoData[cc]?.sub || {};
  const list = states.filter(s => s.countryCode === cc).map(s => {
    const code = s.isoCode.includes('-') ? s.isoCode : `${cc}-${s.isoCode}`;
    return { name: s.name, iso: code, lat: s.latitude ? +s.latitude : null,
      lon: s.longitude ? +s.longitude : null, isoEntry: iso[code] || null, code: s.isoCode };
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

// Full city-membership evidence outweighs centroids and names together (at most 1.2).
const MEMBER_WEIGHT = 1.3;
// Some countries' package cities carry the GeoNames admin1 code in place of the ISO one (Kenya:
// Iten in "14", GeoNames' code for Elgeyo-Marakwet, ISO's for Kilifi); such an echo of the group's
// own code counts for little (where the two code systems agree, centroids and names decide).
const ECHO_WEIGHT = 0.2;

// Package cities whose subdivision's centroid lies farther than this from every city of the group
// (6 degrees) are mislabelled (Nanjing in "Taiwan"): their votes do not count.
const FAR = 36;

/** The membership evidence that group G is subdivision S, 0..1. */
function memberScore(g, s) {
  const share = g.member.votes.get(s.code) || 0;
  if (share === 0 || s.lat !== null && !g.cities.some(c => dist2(c.lat, c.lon, s.lat, s.lon) <= FAR)) return 0;
  return share * g.member.reliability * (s.code === g.code ? ECHO_WEIGHT : 1);
}

function matchCountry(cc, cities, subs, pkgCities) {
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
    g.member = membership(g.cities, pkgCities);
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
      const member = memberScore(g, s);
      const score = 0.45 * contain + 0.35 * vote + 0.4 * name + MEMBER_WEIGHT * member;
      if (score > 0) pairs.push({ g, s, score, contain, vote, name, member });
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
  // a group still unmatched takes the subdivision of another level that its cities lie in, when
  // nothing else took it (Bishkek, Baku, Pyongyang: cities apart from their provinces)
  for (const g of [...unmatched]) {
    const s = subs.find(x => x.code === g.member.winner);
    if (!s || doneS.has(s) || g.member.share < 0.8 || g.member.reliability < 1 || memberScore(g, s) === 0
        || s.code === g.code) continue;
    doneS.add(s);
    result.push({ g, s, score: 0, contain: 0, vote: 0, name: 0, member: memberScore(g, s), byMembership: true });
    unmatched = unmatched.filter(x => x !== g);
  }
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

/**
 * The aliases worth listing: one per lookup key, except that a hand-added alias (overrides.tsv) that
 * is the name without its kind word ("Northern" for "Northern Region", "Shan" for "Shan State") is
 * kept although its key is the name's: the geoparser finds names in the text by their words, and
 * derives no such bare name itself (RegionIndex: only "X State", of five letters or more).
 */
function uniqueAliases(name, candidates, handAdded = []) {
  const seen = new Set([admin1Key(name)]);
  const bare = bareForm(name);
  const out = [];
  for (const raw of candidates) {
    if (!raw) continue;
    const a = fold(raw).trim();
    const k = admin1Key(a);
    const kept = bare !== null && a.toLowerCase() === bare && handAdded.some(h => fold(h).trim() === a);
    if (!k || (seen.has(k) && !kept) || a.includes(',') || /[^\x20-\x7e]/.test(a)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}

/** The name without a trailing kind word, folded and in lower case ("northern"), or null without one. */
function bareForm(name) {
  const m = fold(name).trim().toLowerCase().match(/^(.+?)\s+(province|governorate|region|state)$/);
  return m ? m[1] : null;
}
// ---------- admin1 table ----------

function buildAdmin1(cityIndex, states, pkgIndex, isoData, overrides, report) {
  const rows = new Map();
  const low = [];
  let groupsTotal = 0;
  for (const [cc, cities] of [...cityIndex.entries()].sort()) {
    const subs = subdivisionsOf(cc, states, isoData);
    const { groups, result, unmatched, level } = matchCountry(cc, cities, subs, pkgIndex.get(cc));
    groupsTotal += groups.size;
    for (const p of result) {
      const name = bareName(p.s.name).replace(/[’‘]/g, "'");
      const aliases = uniqueAliases(name, [p.s.name, p.s.isoName]);
      rows.set(`${cc}\t${p.g.code}`, { country: cc, code: p.g.code, name, aliases, iso: p.s.iso });
      const seat = p.g.seats[0]?.name || p.g.largest.name;
      const confident = p.s.home === p.g.code && p.contain >= 0.6 || p.name === 1 && (p.contain >= 0.3 || p.vote >= 0.3)
        || p.member >= 0.6;
      // the cities say another subdivision (and we did not believe them: a seat's name, a far centroid, an echo)
      const m = p.g.member;
      const disputed = m.winner && m.winner !== p.s.code && m.share >= 0.5 && m.weight >= 2;
      if (disputed) {
        low.push(`${cc}.${p.g.code}\t${name} (${p.s.iso}) CITIES-SAY ${m.winner} share=${m.share.toFixed(2)} weight=${m.weight}`
          + `\t${m.evidence.join(', ')}\tlevel=${level}`);
      } else if (!confident) {
        low.push(`${cc}.${p.g.code}\t${name} (${p.s.iso})${p.eliminated ? ' ELIMINATION' : ''}${p.byMembership ? ' MEMBERSHIP-ONLY' : ''}${p.s.badCentroid ? ' BAD-CENTROID' : ''}\tscore=${p.score.toFixed(2)} contain=${p.contain.toFixed(2)} `
          + `vote=${p.vote.toFixed(2)} name=${p.name} member=${(p.member || 0).toFixed(2)}\tseat=${seat}\tcities=${p.g.cities.length}\tlevel=${level}`);
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
    row.aliases = uniqueAliases(row.name, [generatedName, ...row.aliases, ...splitList(o.add_aliases)],
      splitList(o.add_aliases))
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

// ---------- main ----------

function main() {
  const args = parseArgs(process.argv);
  withPackages(args.npm, ({ states, pkgCities, isoData, codes, en, world }) => {
    const cityIndex = readCities(args.cities);
    const report = [];

    const admin1 = buildAdmin1(cityIndex, states, indexPackageCities(pkgCities), isoData,
      readTsv(join(HERE, 'overrides.tsv')), report);
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
  });
}

main();
