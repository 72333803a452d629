// Inputs of the admin1 and country generators (generate.mjs, audit.mjs): the pinned npm packages,
// GeoNames cities500, tab-separated files, and the name folding and similarity both use.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const PACKAGES = {
  'country-state-city': '3.2.1',
  'iso-3166-2': '1.0.0',
  'i18n-iso-countries': '7.14.0',
  'world-countries': '5.1.0',
};

/** Fetches the pinned npm packages into a temporary directory; returns it and whether to delete it. */
export function packages(dir) {
  if (dir) return { dir, temporary: false };
  const tmp = mkdtempSync(join(tmpdir(), 'attest-admin1-'));
  for (const [name, version] of Object.entries(PACKAGES)) {
    const tgz = execFileSync('npm', ['pack', '--silent', `${name}@${version}`], { cwd: tmp }).toString().trim();
    execFileSync('mkdir', ['-p', join(tmp, name)]);
    execFileSync('tar', ['-xzf', join(tmp, tgz), '-C', join(tmp, name)]);
  }
  return { dir: tmp, temporary: true };
}

/**
 * Reads the pinned packages from DIR (one unpacked folder per package) or from a temporary
 * download, hands them to BODY and deletes the download afterwards.
 */
export function withPackages(npmDir, body) {
  const { dir, temporary } = packages(npmDir);
  try {
    const pkg = name => join(dir, name, 'package');
    const require = createRequire(import.meta.url);
    const assets = join(pkg('country-state-city'), 'lib', 'assets');
    return body({
      states: JSON.parse(readFileSync(join(assets, 'state.json'), 'utf8')),
      // rows [name, country, state isoCode, lat, lon]
      pkgCities: JSON.parse(readFileSync(join(assets, 'city.json'), 'utf8')),
      isoData: require(join(pkg('iso-3166-2'), 'iso3166.min.js')).data,
      codes: JSON.parse(readFileSync(join(pkg('i18n-iso-countries'), 'codes.json'), 'utf8')),
      en: JSON.parse(readFileSync(join(pkg('i18n-iso-countries'), 'langs', 'en.json'), 'utf8')),
      world: JSON.parse(readFileSync(join(pkg('world-countries'), 'countries.json'), 'utf8')),
    });
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
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
export function key(s) {
  const words = fold(s).toLowerCase().split(/[^a-z0-9]+/).filter(w => w && !GENERIC.has(w));
  return words.join('');
}

export function bigrams(s) {
  const out = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient of the character bigrams of two name keys, 0..1. */
export function similarity(a, b) {
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
export function bareName(name) {
  const m = name.match(/^(.{3,}?)\s+(Governorate|Province|Prefecture|Region)$/);
  return m ? m[1] : name;
}

// ---------- inputs ----------

export function readTsv(file) {
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
export function readCities(file) {
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

export function dist2(aLat, aLon, bLat, bLon) {
  const x = (aLon - bLon) * Math.cos(((aLat + bLat) / 2) * Math.PI / 180);
  const y = aLat - bLat;
  return x * x + y * y;
}


export function splitList(s) {
  return s ? s.split(',').map(x => x.trim()).filter(Boolean) : [];
}

export function tsvCell(s) {
  if (/[\t\n]/.test(s)) throw new Error(`tab or newline in value: ${s}`);
  return s;
}
