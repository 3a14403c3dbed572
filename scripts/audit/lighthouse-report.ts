/** The Markdown of tests/reports/lighthouse.md: one row per audited page, then what kept a score below 100. */
import type { AuditedPage } from './audited-pages.ts';
import { categories, type PageAudit } from './lighthouse.ts';

const HEADINGS = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };

export function lighthouseReport(pages: AuditedPage[], audits: PageAudit[], day: string): string {
  const metricNames = Object.keys(audits[0]?.metrics ?? {});
  const header = ['Page', 'Path', ...categories.map((category) => HEADINGS[category]), ...metricNames];
  const rows = pages.map((page, index) => {
    const audit = audits[index]!;
    return [page.name, `\`${page.path}\``, ...categories.map((category) => String(audit.scores[category] ?? '–')), ...metricNames.map((name) => audit.metrics[name]!)];
  });
  const table = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const shortfalls = pages.flatMap((page, index) => audits[index]!.shortfalls.map((shortfall) => `- ${page.name}: ${shortfall}`));
  return [
    '# Lighthouse audit',
    '',
    `Written by \`npm run audit\` on ${day}: ${audits[0]?.environment ?? 'Lighthouse'}, default mobile settings`,
    '(emulated phone, simulated slow 4G and 4× slower CPU), the built site served on 127.0.0.1.',
    'Accessibility, best practices and SEO are asserted at 100 by tests/quality/lighthouse.test.ts;',
    'performance depends on the machine and is reported here. Target: 100 everywhere.',
    '',
    ...table,
    '',
    '## Below 100',
    '',
    ...(shortfalls.length > 0 ? shortfalls : ['Nothing: every scored audit passed.']),
    '',
  ].join('\n');
}
