/**
 * `npm run import -- <file> [--id <slug>] [--encoding <name>]`: a capture
 * (.txt), a saved web page (.html/.htm with its <name>_files/ folder) or a
 * Word file (.docx) to a draft entry content/articles/<id>.md. The work is
 * src/import/import-capture.ts (pure); this script reads the project and
 * the input, and writes every file only once all are ready (each to a
 * temporary name first, then renamed), so a refused or failed import writes
 * nothing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../../src/import/errors.ts';
import { importCapture } from '../../src/import/import-capture.ts';
import { projectState } from './project-state.ts';

const root = process.cwd();

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Writes every file under a temporary name, then renames them all; on any failure removes what it wrote. */
function writeAll(files: { path: string; bytes: Uint8Array }[]): void {
  const temporary = files.map((file) => ({ ...file, target: join(root, file.path), temp: join(root, `${file.path}.import-${process.pid}.tmp`) }));
  const made: string[] = [];
  try {
    for (const file of temporary) {
      const folder = dirname(file.target);
      if (!existsSync(folder)) {
        mkdirSync(folder, { recursive: true });
        made.push(folder);
      }
      writeFileSync(file.temp, file.bytes, { flag: 'wx' });
    }
    for (const file of temporary) renameSync(file.temp, file.target);
  } catch (error) {
    for (const file of temporary) rmSync(file.temp, { force: true });
    for (const folder of made.reverse()) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

const USAGE = 'Cách dùng: npm run import -- <tệp .txt, .html hoặc .docx> [--id <mã-bài>] [--encoding <bảng-mã>]';

/** Node's own parseArgs errors are English; an editor reads what went wrong in Vietnamese, with the usage. */
function optionProblem(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `Không có tùy chọn “${option}”.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `Tùy chọn “${option}” cần một giá trị.`;
  return `Không đọc được các tùy chọn (${error.message}).`;
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { id: { type: 'string' }, encoding: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  fail(`${optionProblem(error as Error)} ${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = args.positionals[0];
if (!input || args.positionals.length > 1) fail(USAGE);
const path = resolve(input);
if (!existsSync(path)) fail(`${input}: không có tệp này.`);
if (!statSync(path).isFile()) fail(`${input}: là một thư mục, không phải tệp.`);

try {
  const folder = dirname(path);
  const result = await importCapture(
    {
      fileName: input,
      bytes: new Uint8Array(readFileSync(path)),
      id: args.values.id,
      encoding: args.values.encoding,
      currentYear: new Date().getFullYear(),
      besideInput: (relativePath) => {
        const file = resolve(folder, relativePath);
        return file.startsWith(folder) && existsSync(file) && statSync(file).isFile() ? new Uint8Array(readFileSync(file)) : undefined;
      },
    },
    projectState(root),
  );
  writeAll(result.files);
  console.log(result.report.join('\n'));
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  fail(`không nhập được ${input}: ${(error as Error).message}`);
}
