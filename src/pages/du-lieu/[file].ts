/** /du-lieu/<table>.csv, .json and .schema.json: the archive as data, from the same archive as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRoutes } from '../../routing/site-routes.ts';
import type { DataFileRoute } from '../../routing/routes.ts';
import { dataContentTypes, dataFileName, tableCsv, tableJson, tableSchema } from '../../publish/reuse/data-files.ts';
import { absoluteUrl } from '../../urls/absolute-url.ts';
import { paths } from '../../urls/paths.ts';

export const getStaticPaths = (async () => (await getRoutes()).dataFiles) satisfies GetStaticPaths;

export const GET: APIRoute<DataFileRoute['props']> = ({ props: { table, format } }) => {
  const body =
    format === 'csv' ? tableCsv(table) : format === 'json' ? tableJson(table) : `${JSON.stringify(tableSchema(table, absoluteUrl(paths.dataFile(dataFileName(table, 'schema')))), null, 1)}\n`;
  return new Response(body, { headers: { 'Content-Type': dataContentTypes[format] } });
};
