#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Seoul Solution Desktop contributors
"""Converts world-atlas's countries-110m.json (TopoJSON) into countries-110m.compact.json.

The output is plain JSON that the app reads with Qt Core alone:
  {"format": "ss-world-rings", "version": 1, "scale": 100, "source": ..., "licence": ...,
   "countries": [{"id": "410", "name": "South Korea", "rings": [[lon0, lat0, dlon1, dlat1, ...], ...]}, ...]}
Each ring is a flat list of integers in hundredths of a degree: the first point absolute, each
following point as the difference to the previous one (so most numbers have one or two digits).
Consecutive points that round to the same value are dropped; rings left with fewer than 4 points
are dropped. Rings that cross the antimeridian are unwrapped and duplicated (see unwrap()), so
longitudes may lie beyond +-180 (never beyond +-360); the map clips at +-180. Usage: make-map.py path/to/countries-110m.json > countries-110m.compact.json
"""
import json
import sys


def decode_arcs(topo):
    """Decodes the quantized, delta-encoded arcs into lists of absolute [lon, lat]."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        # Consecutive arcs share their end points: skip the first point of every arc but the first.
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180, which an
    equirectangular map would draw as a line across the world. Returns the ring with continuous
    longitudes (possibly beyond +-180) plus its copy shifted by 360 degrees to the other side, so
    that each half shows at its edge of the map; the map clips at +-180. A ring around a pole
    (Antarctica) does not close when unwrapped and is left as it is."""
    out = [points[0]]
    offset = 0.0
    for (lon0, _), (lon, lat) in zip(points, points[1:]):
        if lon - lon0 > 180:
            offset -= 360
        elif lon - lon0 < -180:
            offset += 360
        out.append((lon + offset, lat))
    if offset != 0:
        return [points]
    rings = [out]
    if min(p[0] for p in out) < -180:
        rings.append([(lon + 360, lat) for lon, lat in out])
    if max(p[0] for p in out) > 180:
        rings.append([(lon - 360, lat) for lon, lat in out])
    return rings


def encode_ring(points, scale):
    out = []
    px = py = None
    kept = 0
    for lon, lat in points:
        x, y = round(lon * scale), round(lat * scale)
        if (x, y) == (px, py):
            continue
        out.extend([x, y] if px is None else [x - px, y - py])
        px, py = x, y
        kept += 1
    return out if kept >= 4 else None


def main():
    topo = json.load(open(sys.argv[1], encoding="utf-8"))
    arcs = decode_arcs(topo)
    scale = 100
    countries = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for ring in polygon:  # outer ring, then holes: drawn with the odd-even fill rule
                for part in unwrap(ring_points(arcs, ring)):
                    encoded = encode_ring(part, scale)
                    if encoded:
                        rings.append(encoded)
        if rings:
            countries.append({"id": geometry.get("id", ""), "name": geometry.get("properties", {}).get("name", ""),
                              "rings": rings})
    countries.sort(key=lambda c: (c["id"], c["name"]))
    doc = {
        "format": "ss-world-rings",
        "version": 1,
        "scale": scale,
        "source": "Natural Earth 1:110m Admin 0 countries (v4.1.0) via world-atlas 2.0.2 countries-110m.json",
        "licence": "Natural Earth: public domain; world-atlas: ISC, Copyright 2013-2019 Michael Bostock",
        "countries": countries,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
