/**
 * A world map drawn at build time: land, borders and the countries asked for,
 * as SVG path data (Natural Earth 1:110m from world-atlas, Equal Earth
 * projection from d3-geo). Pure; the page renders the paths, no script runs.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { numericCountryCode } from '../reference/countries.ts';

/** Width of the SVG coordinate space; the height follows the land's shape. */
const WIDTH = 960;
/** Antarctica takes a fifth of the height and holds no partner. */
const ANTARCTICA = '010';
/** Countries smaller than this many square units get a marker (Switzerland ≈ 37, Israel ≈ 19; Viet Nam ≈ 270 needs none). */
const SMALL_AREA = 100;
/** A marker's hit area: up to this radius (about 24 px across at 1280 px wide), never reaching another marker's. */
const HIT_RADIUS = 16;
/** Whole units of a 960-wide map are finer than the screen shows it, and halve the SVG. */
const DIGITS = 0;

export interface MapCountry {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  path: string;
  /** For a country too small to see or click: a point inside its largest part for a marker. */
  marker?: { x: number; y: number; hitRadius: number };
}

export interface WorldMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  countries: MapCountry[];
  /** Codes asked for that the 1:110m map is too coarse to hold (e.g. Singapore). */
  missing: string[];
}

type CountryShape = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
// Every country in world-atlas is a (multi)polygon; the guard keeps the types honest.
const isCountryShape = (geometry: { type: string | null }): geometry is CountryShape =>
  geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';

const round = (value: number) => Math.round(value * 10) / 10;

export function drawWorldMap(codes: readonly string[]): WorldMap {
  const geometries = topology.objects.countries.geometries.filter(isCountryShape).filter((geometry) => geometry.id !== ANTARCTICA);
  const land = merge(topology, geometries);
  const projection = geoEqualEarth().fitWidth(WIDTH, land);
  const path = geoPath(projection).digits(DIGITS);
  const [[, top], [, bottom]] = path.bounds(land);

  const countries: MapCountry[] = [];
  const missing: string[] = [];
  for (const code of codes) {
    const numeric = numericCountryCode(code);
    const geometry = geometries.find((candidate) => candidate.id === numeric);
    if (!geometry) {
      missing.push(code);
      continue;
    }
    // Two calls so each picks topojson-client's overload for its geometry type.
    const shape: Feature<GeoPolygon | GeoMultiPolygon> = geometry.type === 'Polygon' ? feature(topology, geometry) : feature(topology, geometry);
    // A centroid of the whole (Alaska + the lower 48) can fall outside the country.
    const parts =
      shape.geometry.type === 'MultiPolygon'
        ? shape.geometry.coordinates.map((coordinates): GeoPolygon => ({ type: 'Polygon', coordinates }))
        : [shape.geometry];
    const largest = parts.reduce((best: GeoPolygon, part: GeoPolygon) => (path.area(part) > path.area(best) ? part : best));
    const [x, y] = path.centroid(largest);
    const marker = path.area(largest) < SMALL_AREA ? { x: round(x), y: round(y), hitRadius: HIT_RADIUS } : undefined;
    countries.push({ code, path: path(shape) ?? '', ...(marker && { marker }) });
  }

  // Neighbours (Belgium, Switzerland) share the distance between them, so one's hit area never covers the other's marker.
  const markers = countries.flatMap((country) => (country.marker ? [country.marker] : []));
  for (const marker of markers) {
    for (const other of markers) {
      if (other !== marker) marker.hitRadius = Math.min(marker.hitRadius, round(Math.hypot(other.x - marker.x, other.y - marker.y) / 2));
    }
  }

  return {
    width: WIDTH,
    height: Math.ceil(bottom - Math.min(0, top)),
    land: path(land) ?? '',
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b && a.id !== ANTARCTICA && b.id !== ANTARCTICA)) ?? '',
    countries,
    missing,
  };
}
