#!/usr/bin/env node
// Audits an admin1 table (by default the bundled admin1.tsv) against city membership: for every
// row (country, GeoNames code), the code group's cities in cities500 (its seat, PPLA/PPLC, weighing
// most) are found again by name and position among country-state-city's cities, which carry the
// code of the subdivision they lie in (membership.mjs). The subdivision most of them lie in should
// be the row's. The audit is independent of the centroids and names that generate.mjs matches by.
//
// Usage: node build/admin1/audit.mjs [--table FILE] [--cities FILE] [--npm DIR] [--out FILE]
// Writes one line per disagreeing row, with its evidence, then counts by verdict:
//   WRONG   the cities say another subdivision: share >= 0.5 of a matched weight >= 2
//   DOUBT   they say another subdivision, on weaker evidence
//   agree   they say the row's subdivision (or at least half of them do)
//   none    no city of the group was found in the package
// A row without an ISO code agrees when its name is close to the subdivision the cities say.
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPackages, readCities, similarity } from './inputs.mjs';
import { indexPackageCities, membership } from './membership.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

function parseArgs(argv) {
  const args = {
    table: join(ROOT, 'attest-core', 'src', 'main', 'resources', 'org', 'attest', 'gazetteer', 'admin1.tsv'),
    cities: join(homedir(), '.cache', 'attest', 'geonames', 'cities500.txt'),
    npm: null,
    out: null,
  };
  for (let i = 2; i < argv.length; i += 2) {
    const k = argv[i].replace(/^--/, '');
    if (!(k in args) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    args[k] = argv[i + 1];
  }
  return args;
}

function readTable(file) {
  const rows = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('country\t')) continue;
    const [country, code, name, , iso] = line.split('\t');
    rows.push({ country, code, name, iso: iso || '' });
  }
  return rows;
}

/** The verdict on one table row: { verdict, line } (line only for disagreements). */
export function judge(row, m, stateOf) {
  if (m.weight === 0) return { verdict: 'none' };
  const said = stateOf(row.country, m.winner);
  const ownShare = row.iso ? (m.votes.get(row.iso.replace(/^[A-Z]{2}-/, '')) || m.votes.get(row.iso) || 0) : 0;
  const agrees = row.iso ? said.iso === row.iso || ownShare >= 0.5 : similarity(row.name, said.name) >= 0.8;
  if (agrees) return { verdict: 'agree' };
  const verdict = m.share >= 0.5 && m.weight >= 2 ? 'WRONG' : 'DOUBT';
  return {
    verdict,
    line: `${verdict}\t${row.country}.${row.code}\ttable: ${row.name} (${row.iso || 'no code'})\t`
      + `cities say: ${said.name} (${said.iso}) share=${m.share.toFixed(2)} weight=${m.weight}\t${m.evidence.join(', ')}`,
  };
}

function main() {
  const args = parseArgs(process.argv);
  withPackages(args.npm, ({ states, pkgCities }) => {
    const stateIndex = new Map(states.map(s => [`${s.countryCode}|${s.isoCode}`, s]));
    const stateOf = (cc, code) => {
      const s = stateIndex.get(`${cc}|${code}`);
      const iso = code.includes('-') ? code : `${cc}-${code}`;
      return { iso, name: s ? s.name : '?' };
    };
    const pkgIndex = indexPackageCities(pkgCities);
    const cityIndex = readCities(args.cities);
    const counts = { WRONG: 0, DOUBT: 0, agree: 0, none: 0 };
    const lines = [];
    for (const row of readTable(args.table)) {
      const group = (cityIndex.get(row.country) || []).filter(c => c.admin1 === row.code);
      const { verdict, line } = judge(row, membership(group, pkgIndex.get(row.country)), stateOf);
      counts[verdict]++;
      if (line) lines.push(line);
    }
    lines.sort((a, b) => (a.startsWith('WRONG') ? 0 : 1) - (b.startsWith('WRONG') ? 0 : 1) || a.localeCompare(b));
    lines.push(`audit of ${args.table.replace(ROOT + '/', '')}: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const text = lines.join('\n') + '\n';
    if (args.out) writeFileSync(args.out, text); else process.stdout.write(text);
  });
}

main();
