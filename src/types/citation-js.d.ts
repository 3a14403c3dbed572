/** The part of citation-js the archive uses; the packages ship no types. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(plugin: string): { format: Record<string, unknown> } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
