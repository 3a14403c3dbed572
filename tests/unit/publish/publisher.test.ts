/**
 * The publisher configuration: every value a real publisher must supply or
 * confirm is named in README.md with the same status, a value no one has
 * supplied is never shown as if it were one, and the licence is an address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/shared/content-files.ts';
import {
  dataLicence,
  fieldsForPublisher,
  knownValue,
  PENDING,
  publicPages,
  shownValue,
  statementDay,
  type Supplied,
} from '../../../src/publish/publisher.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The rows of the README's table under "Before publishing": field and status. */
function readmeRows(): { field: string; status: string }[] {
  const section = readme.split(/^### Before publishing.*$/m)[1]?.split(/^#{2,3} /m)[0];
  if (!section) throw new Error('README.md has no "### Before publishing" section');
  return [...section.matchAll(/^\| `([^`]+)` \| ([a-z-]+) \|/gm)].map(([, field, status]) => ({ field: field!, status: status! }));
}

describe('the values a publisher must act on', () => {
  it('are the ones README.md lists, with the same status', () => {
    const listed = readmeRows();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(fieldsForPublisher().map(({ field, status }) => ({ field, status })));
  });

  it('include the contact details no public source gives (e-mail, telephone, the keeping unit)', () => {
    const toSupply = fieldsForPublisher().filter((field) => field.status === 'publisher-must-supply').map((field) => field.field);
    expect(toSupply).toEqual(expect.arrayContaining(['publisher.email', 'publisher.phone', 'publisher.keeper']));
  });
});

describe('a value not yet supplied', () => {
  const missing: Supplied = { status: 'publisher-must-supply', needed: 'x' };
  it('reads as a gap on the page and is absent from data', () => {
    expect(shownValue(missing)).toBe(PENDING);
    expect(knownValue(missing)).toBeUndefined();
  });
});

describe('the data licence', () => {
  it('has an https address and a Vietnamese summary', () => {
    expect(new URL(dataLicence.url).protocol).toBe('https:');
    expect(new URL(dataLicence.summaryUrl).pathname).toMatch(/deed\.vi$/);
  });
});

describe('the publisher pages', () => {
  it('have distinct titles and Vietnamese addresses', () => {
    expect(new Set(publicPages.map((page) => page.title)).size).toBe(publicPages.length);
    for (const page of publicPages) expect(page.path).toMatch(/^\/[a-z-]+\/$/);
  });

  it('date the accessibility statement with a real day', () => {
    const day = statementDay();
    expect(day.precision).toBe('day');
    expect(new Date(Date.UTC(day.year, day.month! - 1, day.day)).getUTCDate()).toBe(day.day);
  });
});
