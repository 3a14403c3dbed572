/**
 * Where the article was published, in the order the issue gives: the page's
 * site name, a "(VietQ.vn) -" lead, a "Nguồn:" line, the page's domain;
 * otherwise "Không ghi nguồn", as the archive writes it.
 */
export interface ProposedSource {
  name: string;
  url?: string;
  basis: string;
}

const DOMAIN = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const urlOfDomain = (name: string) => (DOMAIN.test(name) ? `https://${DOMAIN.exec(name)![1]!.toLowerCase()}` : undefined);

function origin(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

export function proposeSource(meta: { siteName?: string; url?: string; sourceLine?: string }, lead: string | undefined, firstParagraph: string | undefined): ProposedSource {
  const site = origin(meta.url);
  if (meta.siteName) return { name: meta.siteName, ...(site ? { url: site } : {}), basis: 'tên trang (og:site_name)' };
  const leadName = /^\(([^()]{2,40})\)\s*[-–]/.exec(lead ?? firstParagraph ?? '')?.[1];
  if (leadName) {
    const url = urlOfDomain(leadName);
    return { name: leadName, ...(url ? { url } : {}), basis: `phần mở đầu “(${leadName}) -”` };
  }
  if (meta.sourceLine) {
    const url = urlOfDomain(meta.sourceLine);
    return { name: meta.sourceLine, ...(url ? { url } : {}), basis: `dòng “Nguồn: ${meta.sourceLine}”` };
  }
  if (site) return { name: new URL(site).hostname.replace(/^www\./, ''), url: site, basis: 'tên miền của trang' };
  return { name: 'Không ghi nguồn', basis: 'bản gốc không ghi nguồn' };
}
