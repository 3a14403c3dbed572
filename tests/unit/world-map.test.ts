import { describe, expect, it } from 'vitest';
import { drawWorldMap } from '../../src/lib/world-map';

describe('drawWorldMap', () => {
  const map = drawWorldMap(['CH', 'VN', 'US', 'SG']);

  it('draws each country asked for that the map holds, and names the ones it cannot', () => {
    expect(map.countries.map((country) => country.code)).toEqual(['CH', 'VN', 'US']);
    expect(map.missing).toEqual(['SG']);
    for (const country of map.countries) expect(country.path).toMatch(/^M[\d.,-]+/);
  });

  it('puts markers where the countries are: Switzerland in Europe, Viet Nam in Asia, the US in North America', () => {
    const marker = (code: string) => map.countries.find((country) => country.code === code)!.marker;
    const { x: ch, y: chY } = marker('CH');
    const { x: vn } = marker('VN');
    const { x: us, y: usY } = marker('US');
    expect(us).toBeLessThan(ch);
    expect(ch).toBeLessThan(vn);
    expect(chY).toBeLessThan(map.height / 2);
    // The lower 48, not a point between Alaska and Texas.
    expect(us).toBeGreaterThan(map.width * 0.15);
    expect(usY).toBeLessThan(map.height / 2);
    for (const { x, y } of [marker('CH'), marker('VN'), marker('US')]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
  });

  it('leaves Antarctica out and stays small enough to inline in a page', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(480);
    expect(map.land.length + map.borders.length).toBeLessThan(60_000);
  });
});
