/**
 * The downloads written from data-tables.ts: each table as CSV (UTF-8 with a
 * byte-order mark, so Excel on Windows reads Vietnamese right; lists joined
 * with "; "), as JSON (lists as arrays, empty cells as null), and the JSON
 * Schema the JSON follows.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell, CellType, DataTable } from './data-tables.ts';
import { attribution, dataLicence, textRights } from '../publisher.ts';

export const LIST_SEPARATOR = '; ';

export type DataFormat = 'csv' | 'json' | 'schema';

/** The file name of a table in a format: bai-viet.csv, bai-viet.json, bai-viet.schema.json. */
export const dataFileName = (table: { id: string }, format: DataFormat): string =>
  format === 'schema' ? `${table.id}.schema.json` : `${table.id}.${format}`;

export const dataContentTypes: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
};

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return cell.join(LIST_SEPARATOR);
  return String(cell);
}

export function tableCsv(table: DataTable): string {
  const header = table.columns.map((column) => column.name);
  const rows = table.rows.map((row) => table.columns.map((column) => csvCell(column.value(row))));
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/**
 * What each JSON file says about itself before its rows: the licence (a URL,
 * as schema.org and DCAT take it), whom to credit, and that the texts' rights
 * stay with their publishers. A CSV file has no place for it; the data page says it.
 */
export const jsonMetadata = (table: DataTable) => ({
  title: table.title,
  description: table.rowDescription,
  license: dataLicence.url,
  license_name: dataLicence.short,
  attribution,
  rights: textRights,
});

export function tableJson(table: DataTable): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column.name, column.value(row)])));
  return `${JSON.stringify({ ...jsonMetadata(table), rows }, null, 1)}\n`;
}

const JSON_TYPES: Record<CellType, object> = {
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  integer: { type: 'integer', minimum: 0 },
  list: { type: 'array', items: { type: 'string' } },
};

/** A JSON Schema (2020-12) for the table's JSON file; `id` is the schema's own address. */
export function tableSchema(table: DataTable, id: string): object {
  const properties = Object.fromEntries(
    table.columns.map((column) => {
      const type = JSON_TYPES[column.type] as { type: string };
      const typed = column.optional ? { ...type, type: [type.type, 'null'] } : type;
      return [column.name, { ...typed, description: column.description }];
    }),
  );
  // The metadata is pinned to this build's values, so a file with another licence does not pass as this one.
  const metadata = Object.fromEntries(Object.entries(jsonMetadata(table)).map(([key, value]) => [key, { type: 'string', const: value }]));
  const rows = { type: 'array', items: { type: 'object', properties, required: table.columns.map((column) => column.name), additionalProperties: false } };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: table.title,
    description: table.rowDescription,
    type: 'object',
    properties: { ...metadata, rows },
    required: [...Object.keys(metadata), 'rows'],
    additionalProperties: false,
  };
}
