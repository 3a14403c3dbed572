/**
 * Turns what `astro build` wrote to stderr into the lines an editor needs:
 * one "content/x → field: message" line per problem. Astro reports content
 * mistakes in three shapes — our ContentError (already in that form), its
 * own schema error (dotted paths, ** markup, absolute Location) and a YAML
 * error with only a Location — and it merely LOGS a Markdown render error
 * and carries on, so any "[ERROR]" line must fail the build as well.
 */
import { relative } from 'node:path';

export interface BuildErrors {
  /** "file → field: message" lines, in the order Astro reported them. */
  problems: string[];
  /** Astro logged an error, even if it went on to finish the build. */
  loggedError: boolean;
}

const ANSI_COLOUR = /\u001b\[[0-9;]*m/g;
const PROBLEM_LINE = /^\s*(content\/\S+ → .+)$/;
const SCHEMA_HEADER = /\[InvalidContentEntryDataError\] \S+ → \S+ data does not match collection schema\./;
const LOCATION = /^\s*(\/.+?):(\d+):(\d+)$/;
const RENDER_ERROR = /\[ERROR\] \[glob-loader\] Error rendering .*Failed to parse Markdown file "(.+)":$/;

/** events.2.quote → events[2].quote, the way the README writes fields. */
function fieldPath(dotted: string): string {
  return dotted.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The Location line that follows line `from`, as a file relative to the project and a 0-based line. */
function locationAfter(lines: string[], from: number, root: string): { file: string; line: number } | undefined {
  const at = lines.findIndex((line, index) => index > from && line.trim() === 'Location:');
  const match = at === -1 ? null : LOCATION.exec(lines[at + 1] ?? '');
  return match ? { file: relative(root, match[1]!), line: Number(match[2]) } : undefined;
}

/** Astro's schema error: one "  path: message" line per zod issue, some with the path repeated in ** markup. */
function schemaProblems(lines: string[], headerIndex: number, root: string): string[] {
  const file = locationAfter(lines, headerIndex, root)?.file ?? '(unknown file)';
  const problems: string[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (/^\s*(Hint|Location|Error reference):/.test(line)) break;
    const issue = /^\s+(\S+?): (?:\1: )?(.+)$/.exec(line.replaceAll('**', ''));
    if (issue) problems.push(`${file} → ${fieldPath(issue[1]!)}: ${issue[2] === 'Required' ? 'bắt buộc nhưng đang thiếu' : issue[2]}`);
  }
  return problems;
}

/** Any other Astro error located in content/ (a YAML syntax error in frontmatter): its message line and position. */
function locatedProblem(lines: string[], messageIndex: number, root: string): string | undefined {
  const location = locationAfter(lines, messageIndex, root);
  if (!location?.file.startsWith('content/')) return undefined;
  const isYaml = lines.slice(messageIndex, messageIndex + 8).some((line) => line.includes('js-yaml'));
  // Astro passes on js-yaml's 0-based line; editors count from 1.
  const field = isYaml ? `(YAML syntax, near line ${location.line + 1})` : `(line ${location.line})`;
  return `${location.file} → ${field}: ${lines[messageIndex]!.trim()}`;
}

export function readBuildErrors(stderr: string, root: string): BuildErrors {
  const lines = stderr.replace(ANSI_COLOUR, '').split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    const render = RENDER_ERROR.exec(line);
    if (render) {
      const detail = (lines[index + 1] ?? '').replace(`${render[1]}: `, '').trim();
      found.push(`${relative(root, render[1]!)} → (body): could not be turned into HTML: ${detail}`);
    } else if (/\[ERROR\]/.test(line)) found.push(line.replace(/^.*\[ERROR\]\s*/, ''));
    else if (SCHEMA_HEADER.test(line)) found.push(...schemaProblems(lines, index, root));
    else if (PROBLEM_LINE.test(line)) found.push(PROBLEM_LINE.exec(line)![1]!.replace(/:$/, ''));
    else if (/^\S/.test(line) && lines[index + 1]?.trim() === 'Location:') {
      const problem = locatedProblem(lines, index, root);
      if (problem) found.push(problem);
    }
  });
  return { problems: editorView(found), loggedError: lines.some((line) => line.includes('[ERROR]')) };
}

/**
 * One line per file and field, first report wins. A "(body)" render failure
 * is left out for a file that has other problems: those are its cause (a
 * quote that is not in the text cannot be anchored either).
 */
function editorView(found: string[]): string[] {
  const fileOf = (problem: string) => problem.split(' → ')[0];
  const seen = new Set<string>();
  const unique = found.filter((problem) => {
    const key = problem.replace(/:.*$/s, '');
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique.filter(
    (problem) => !problem.includes(' → (body): ') || !unique.some((other) => other !== problem && fileOf(other) === fileOf(problem)),
  );
}

/**
 * Astro's problems with those the full content check found (content-check.ts):
 * one line per file and field, Astro's first. A line that names no content
 * file ("[vite] ✗ Build failed") is dropped when the check has named the cause.
 */
export function withContentCheck(astroProblems: readonly string[], checked: readonly string[]): string[] {
  const named = astroProblems.filter((problem) => problem.startsWith('content/'));
  const unnamed = checked.length > 0 ? [] : astroProblems.filter((problem) => !problem.startsWith('content/'));
  return [...editorView([...named, ...checked]), ...unnamed];
}
