import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { databaseInfo, DatabaseError } from '../../src/vuln/database.js';
import { ZipReader } from '../../src/vuln/zip.js';
import { tempDir } from '../helpers.js';
import { FIXTURES } from './paths.js';
import { writeZip } from './zip-writer.js';

const OSV = join(FIXTURES, 'osv');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? jsonFiles(join(dir, name)) : name.endsWith('.json') ? [join(dir, name)] : []));
}

const EXPECTED = { Docker: 1, Go: 2, Maven: 1, PyPI: 3, 'crates.io': 1, npm: 3 };

describe('the OSV database', () => {
  test('counts a directory of records per ecosystem, with withdrawn ones and the newest modified date', () => {
    const info = databaseInfo(OSV, 'osv');
    assert.deepEqual(info.problems, []);
    assert.equal(info.records, 11);
    assert.equal(info.withdrawn, 1);
    assert.deepEqual(info.ecosystems, EXPECTED);
    assert.equal(info.newestModified, '2025-06-01T00:00:00Z');
  });

  test('reads OSV zip archives in place, deflated or stored, alone or in a directory', () => {
    const dir = tempDir();
    const files = jsonFiles(OSV);
    // OSV publishes one all.zip per ecosystem; one archive here holds two of them.
    writeZip(join(dir, 'npm-and-go.zip'), files.filter((file) => /\/(npm|Go)\//.test(file)).map((file, i) => ({ name: relative(OSV, file).split('/').pop()!, data: readFileSync(file), stored: i % 2 === 0 })));
    writeZip(join(dir, 'rest.zip'), [...files.filter((file) => !/\/(npm|Go)\//.test(file)).map((file) => ({ name: `records/${relative(OSV, file)}`, data: readFileSync(file) })), { name: 'README.txt', data: 'not a record' }]);
    const both = databaseInfo(dir, 'db');
    assert.deepEqual(both.problems, []);
    assert.equal(both.records, 11);
    assert.deepEqual(both.ecosystems, EXPECTED);
    assert.equal(both.ignored, 1);
    assert.equal(databaseInfo(join(dir, 'npm-and-go.zip'), 'npm-and-go.zip').records, 5);
  });

  test('reads ZIP64 archives with more than 65,535 entries', () => {
    const dir = tempDir();
    const record = (i: number) => JSON.stringify({ id: `TEST-${i}`, modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: `p${i}` }, versions: ['1.0.0'] }] });
    const count = writeZip(join(dir, 'all.zip'), (function* () {
      for (let i = 0; i < 70_000; i++) yield { name: `TEST-${i}.json`, data: record(i), stored: true };
    })());
    const zip = ZipReader.open(join(dir, 'all.zip'));
    try {
      assert.equal(zip.entries.length, count);
      assert.equal(JSON.parse(zip.read(zip.entries[69_999]!).toString()).id, 'TEST-69999');
    } finally {
      zip.close();
    }
  });

  test('reports broken records and entries by name, and reads the rest', () => {
    const dir = tempDir({ 'broken.json': '{ "id": "X", ', 'not-osv.json': '{"hello": 1}', 'bad-event.json': JSON.stringify({ id: 'BAD-1', modified: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1.0.0' }] }] }] }) });
    const good = readFileSync(join(OSV, 'npm/GHSA-35jh-r3h4-6jhm.json'));
    writeZip(join(dir, 'all.zip'), [{ name: 'GHSA-35jh-r3h4-6jhm.json', data: good }, { name: 'corrupt.json', data: good }]);
    // Flip a byte of the second entry's data: its CRC-32 no longer matches.
    const archive = readFileSync(join(dir, 'all.zip'));
    const second = archive.indexOf(Buffer.from('corrupt.json')) + 'corrupt.json'.length + 10;
    archive[second] = archive[second]! ^ 0xff;
    writeFileSync(join(dir, 'all.zip'), archive);
    const info = databaseInfo(dir, 'db');
    assert.equal(info.records, 1);
    const problems = Object.fromEntries(info.problems.map((problem) => [problem.source, problem.message]));
    assert.match(problems['db/broken.json']!, /^not JSON/);
    assert.match(problems['db/not-osv.json']!, /not an OSV record/);
    assert.match(problems['db/bad-event.json']!, /BAD-1: affected\[0\]\.ranges\[0\]\.events\[0\] must have exactly one of/);
    assert.match(problems['db/all.zip:corrupt.json']!, /CRC-32 mismatch|cannot inflate/);
  });

  test('refuses a path that holds no records', () => {
    assert.throws(() => databaseInfo(join(FIXTURES, 'missing'), 'missing'), DatabaseError);
    assert.throws(() => databaseInfo(tempDir({ 'notes.txt': 'x' }), 'empty'), /no OSV records/);
    const notZip = tempDir({ 'all.zip': 'PK but not really' });
    assert.match(databaseInfo(notZip, 'db').problems[0]!.message, /not a ZIP archive/);
  });
});
