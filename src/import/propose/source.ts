/**
 * Where the article was published, in the order the issue gives: the page's
 * site name, a "(VietQ.vn) -" lead, a "Nguồn:" line, the page's domain. A
 * saved page's own address is the article's (`url`), its origin the site's
 * home page (`site`); a name that is a domain gives only the site. When
 * nothing names the source, no name is proposed: the archive writes no placeholder.
 */
export interface ProposedSource {
  name?: string;
  /** The article's own address. */
  url?: string;
  /** The home page of the site that published it. */
  site?: string;
  basis: string;
}

const DOMAIN = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const siteOfDomain = (name: string) => (DOMAIN.test(name) ? `https://${DOMAIN.exec(name)![1]!.toLowerCase()}` : undefined);

/** The page's address split into the article's own (when it has a path) and its site's home page. */
function addresses(url: string | undefined): { url?: string; site?: string } {
  if (!url || !URL.canParse(url)) return {};
  const { origin, pathname } = new URL(url);
  return { ...(pathname.replace(/\/+$/, '') !== '' ? { url } : {}), site: origin };
}

export function proposeSource(meta: { siteName?: string; url?: string; sourceLine?: string }, lead: string | undefined, firstParagraph: string | undefined): ProposedSource {
  const page = addresses(meta.url);
  if (meta.siteName) return { name: meta.siteName, ...page, basis: 'tên trang (og:site_name)' };
  const leadName = /^\(([^()]{2,40})\)\s*[-–]/.exec(lead ?? firstParagraph ?? '')?.[1];
  const named = (name: string, basis: string): ProposedSource => {
    const site = page.site ?? siteOfDomain(name);
    return { name, ...page, ...(site ? { site } : {}), basis };
  };
  if (leadName) return named(leadName, `phần mở đầu “(${leadName}) -”`);
  if (meta.sourceLine) return named(meta.sourceLine, `dòng “Nguồn: ${meta.sourceLine}”`);
  if (page.site) return { name: new URL(page.site).hostname.replace(/^www\./, ''), ...page, basis: 'tên miền của trang' };
  return { basis: 'bản gốc không ghi nơi đăng' };
}
