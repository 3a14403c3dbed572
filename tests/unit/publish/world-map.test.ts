import { describe, expect, it } from 'vitest';
import { drawWorldMap } from '../../../src/publish/world-map.ts';

describe('drawWorldMap', () => {
  const map = drawWorldMap(['CH', 'VN', 'US', 'SG']);

  it('draws each country asked for that the map holds, and names the ones it cannot', () => {
    expect(map.countries.map((country) => country.code)).toEqual(['CH', 'VN', 'US']);
    expect(map.missing).toEqual(['SG']);
    for (const country of map.countries) expect(country.path).toMatch(/^M[\d.,-]+/);
  });

  it('marks the countries too small to click (Switzerland) where they are, and only those', () => {
    const byCode = new Map(map.countries.map((country) => [country.code, country]));
    const marker = byCode.get('CH')!.marker!;
    // Europe: a little left of the middle of an Equal Earth map, in the upper half.
    expect(marker.x).toBeGreaterThan(map.width * 0.45);
    expect(marker.x).toBeLessThan(map.width * 0.55);
    expect(marker.y).toBeGreaterThan(0);
    expect(marker.y).toBeLessThan(map.height / 2);
    expect(byCode.get('US')!.marker).toBeUndefined();
    expect(marker.hitRadius).toBe(16);
    expect(byCode.get('VN')!.marker).toBeUndefined();
  });

  it('leaves Antarctica out and stays small enough to inline in a page', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(480);
    expect(map.land.length + map.borders.length).toBeLessThan(60_000);
  });

  it("gives close small countries hit areas that stop short of each other's marker", () => {
    const [belgium, switzerland, israel] = drawWorldMap(['BE', 'CH', 'IL']).countries.map((country) => country.marker!);
    const apart = Math.hypot(belgium.x - switzerland.x, belgium.y - switzerland.y);
    expect(belgium.hitRadius + switzerland.hitRadius).toBeLessThanOrEqual(apart + 0.1);
    expect(belgium.hitRadius).toBeLessThan(16);
    // Israel has no close neighbour on the map: its hit area is the full size.
    expect(israel.hitRadius).toBe(16);
  });
});
