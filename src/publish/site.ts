/** Site-wide names, read from the one wording module (src/reference/wording.ts). */
import { siteWording } from '../reference/wording.ts';

export const siteName = siteWording.name;
export const siteDescription = siteWording.description;
export const publisherName = siteWording.publisher;
