/**
 * One editor mistake = one line naming the file and the field, so a failed
 * build tells the editor exactly what to fix.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. content/articles/x.md */
  file: string;
  /** Field path, e.g. events[2].quote */
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} → ${problem.field}: ${problem.message}`;
}

export class ContentError extends Error {
  // A plain field, not a parameter property: Node runs the scripts' TypeScript by stripping types only.
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
