/**
 * The downloads: every article, event and partner round-trips through an
 * independent CSV parser (csv-parse) and through JSON validated by ajv
 * against the published JSON Schema; the CSV opens in Excel as UTF-8 (BOM).
 */
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataLicence } from '../../../src/publish/publisher.ts';
import { dataFileName, LIST_SEPARATOR, tableCsv, tableJson, tableSchema } from '../../../src/publish/reuse/data-files.ts';
import { dataTables, type Cell } from '../../../src/publish/reuse/data-tables.ts';
import { urlResolver } from '../../../src/urls/absolute-url.ts';
import { fixtureArchive } from '../../helpers/archive-fixtures.ts';

const url = urlResolver('https://example.gov.vn', '/luu-tru/');
const archive = fixtureArchive([
  { id: 'hop-tac-iso', published: '24/01/2023 06:31', partners: ['iso', 'bsi'], topics: ['xe-dien', 'do-luong'], events: [{ id: 'dai-hoi', date: '19/9/2022', end: '23/9/2022', partners: ['iso'] }] },
  { id: 'khoang-2023', published: '12/2023', approximate: true, events: [{ id: 'ke-hoach', date: '3/2024', status: 'planned' }] },
  { id: 'nam-2021', published: '2021', topics: ['an-toan'] },
]);
const tables = dataTables(archive, url);
const byId = Object.fromEntries(tables.map((table) => [table.id, table]));

/** A JSON file: its metadata (licence first), then its rows. */
const jsonFile = (table: (typeof tables)[number]) => JSON.parse(tableJson(table)) as { license: string; rows: Record<string, Cell>[] };
const jsonRows = (table: (typeof tables)[number]) => jsonFile(table).rows;

/** A cell as the CSV writes it. */
const asCsv = (cell: Cell) => (cell === null ? '' : Array.isArray(cell) ? cell.join(LIST_SEPARATOR) : String(cell));

describe.each(tables.map((table) => [table.id, table] as const))('%s', (_id, table) => {
  const csv = tableCsv(table);
  const json = jsonRows(table);

  it('starts the CSV with a byte-order mark so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('round-trips every row and column through an independent CSV parser', () => {
    const records = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(table.rows.length);
    const expected = table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column.name, asCsv(column.value(row))])));
    expect(records).toEqual(expected);
  });

  it('writes JSON that its JSON Schema accepts, with the same rows', () => {
    const validate = new Ajv2020({ strict: true }).compile(tableSchema(table, url(`/du-lieu/${dataFileName(table, 'schema')}`)));
    expect(validate(jsonFile(table)), JSON.stringify(validate.errors)).toBe(true);
    expect(json.map((row) => row[table.columns[0]!.name])).toEqual(table.rows.map((row) => table.columns[0]!.value(row)));
  });

  it('names its licence by URL before the rows, and its schema refuses a file under another licence', () => {
    const file = jsonFile(table);
    expect(file.license).toBe(dataLicence.url);
    expect(new URL(file.license).protocol).toBe('https:');
    const validate = new Ajv2020({ strict: true }).compile(tableSchema(table, 'https://example.gov.vn/s.json'));
    expect(validate({ ...file, license: 'https://example.org/other-licence' })).toBe(false);
    const { license: _dropped, ...unlicensed } = file;
    expect(validate(unlicensed)).toBe(false);
  });

  it('has a Vietnamese description for every column', () => {
    for (const column of table.columns) expect(column.description.length).toBeGreaterThan(5);
  });
});

describe('the schemas', () => {
  it('reject a row that breaks them', () => {
    const validate = new Ajv2020().compile(tableSchema(byId['su-kien']!, 'https://example.gov.vn/s.json'));
    const file = jsonFile(byId['su-kien']!);
    const [row] = file.rows;
    const withRows = (rows: unknown[]) => ({ ...file, rows });
    expect(validate(withRows([row]))).toBe(true);
    expect(validate(withRows([{ ...row, partners: 'iso' }]))).toBe(false);
    expect(validate(withRows([{ ...row, extra: 1 }]))).toBe(false);
    const { url: _dropped, ...missing } = row!;
    expect(validate(withRows([missing]))).toBe(false);
  });
});

describe('what the tables hold', () => {
  it('lists every article with dates at their precision and whether they are approximate', () => {
    const rows = jsonRows(byId['bai-viet']!);
    expect(rows.map((row) => [row.id, row.published, row.published_approximate])).toEqual([
      ['khoang-2023', '2023-12', true],
      ['hop-tac-iso', '2023-01-24T06:31+07:00', false],
      ['nam-2021', '2021', false],
    ]);
    expect(rows[1]).toMatchObject({ topics: ['xe-dien', 'do-luong'], partners: ['iso', 'bsi'], url: 'https://example.gov.vn/luu-tru/bai-viet/hop-tac-iso/' });
  });

  it('lists every event with its span, status, partners and the address of its paragraph', () => {
    const rows = jsonRows(byId['su-kien']!);
    expect(rows.map((row) => [row.event_id, row.start, row.end, row.status, row.partners])).toEqual([
      ['dai-hoi', '2022-09-19', '2022-09-23', 'happened', ['iso']],
      ['ke-hoach', '2024-03', null, 'planned', []],
    ]);
    expect(rows[0]!.url).toBe('https://example.gov.vn/luu-tru/bai-viet/hop-tac-iso/#su-kien-dai-hoi');
  });

  it('counts each partner\'s articles and events, with its country in Vietnamese', () => {
    const rows = jsonRows(byId['doi-tac']!);
    expect(rows).toHaveLength(archive.partners.length);
    expect(rows.find((row) => row.id === 'iso')).toMatchObject({ acronym: 'ISO', kind: 'international', country_code: 'CH', country_vi: 'Thụy Sĩ', article_count: 1, event_count: 1 });
    expect(rows.find((row) => row.id === 'ptb')).toMatchObject({ article_count: 0, event_count: 0, kind_vi: 'Cơ quan chính phủ các nước' });
  });
});
