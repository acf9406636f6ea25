"""Reproduce ``countries.json`` from Natural Earth via the npm package world-atlas 2.0.2.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python content/map/derive_regional_subset.py /tmp/package/countries-10m.json

Decodes the TopoJSON, keeps the countries that reach into the frame, clips every
ring to the frame and writes rings as flat [lon, lat, lon, lat, ...] lists rounded
to 0.001 degree (the 10m data's own quantisation is 0.0036 degree in longitude).
Neighbours are not written here: the content build computes them from the shapes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FRAME = (48.0, 23.0, 86.0, 54.0)  # west, south, east, north (degrees)

# ISO 3166-1 numeric -> alpha-3, for every country that can reach into the frame.
ISO3 = {
    "004": "AFG", "762": "TJK", "860": "UZB", "795": "TKM", "417": "KGZ", "398": "KAZ",
    "586": "PAK", "364": "IRN", "156": "CHN", "643": "RUS", "356": "IND", "524": "NPL",
    "031": "AZE", "368": "IRQ", "414": "KWT", "682": "SAU", "634": "QAT", "048": "BHR",
    "784": "ARE", "512": "OMN", "496": "MNG", "064": "BTN", "051": "ARM", "268": "GEO",
}  # fmt: skip
# Features Natural Earth gives no ISO code; user-assigned X codes keep the map without holes.
UNCODED = {"Siachen Glacier": "XSG"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(ring: list[tuple[float, float]], frame: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clipping of one ring to the frame rectangle."""
    west, south, east, north = frame
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    ]
    output = ring
    for inside, cross in edges:
        if not output:
            break
        points, output = output, []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    output.append(cross(previous, point))
                output.append(point)
            elif inside(previous):
                output.append(cross(previous, point))
            previous = point
    return output


def densify_parallels(
    flat: list[float], frame: tuple[float, float, float, float], step: float = 0.5
) -> list[float]:
    """Points every ``step`` degrees along the frame's south and north edges.

    A clipped edge along a parallel has only its two ends; projected, the pair would be a
    straight chord while the map's neatline (the true parallel) is an arc, leaving slivers."""
    _west, south, _east, north = frame
    points = list(zip(flat[0::2], flat[1::2], strict=True))
    out: list[float] = []
    for i, (lon, lat) in enumerate(points):
        out.extend((lon, lat))
        next_lon, next_lat = points[(i + 1) % len(points)]
        if lat == next_lat and lat in (south, north):
            low, high = sorted((lon, next_lon))
            inner = [k * step for k in range(int(low / step) + 1, int(-(-high // step))) if low < k * step < high]
            out.extend(value for x in (inner if lon < next_lon else inner[::-1]) for value in (x, lat))
    return out


def _at_x(a, b, x):  # noqa: ANN001, ANN202
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):  # noqa: ANN001, ANN202
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def main(source: str, target: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = ISO3.get(str(geometry.get("id"))) or UNCODED.get(geometry["properties"].get("name", ""))
        if iso3 is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings_out = []
        for polygon in polygons:
            for index, ring in enumerate(polygon):
                clipped = clip(ring_points(ring, arcs), FRAME)
                if len(clipped) < 4:
                    continue
                flat = []
                last = None
                for lon, lat in clipped:
                    point = (round(lon, 3), round(lat, 3))
                    if point != last:
                        flat.extend(point)
                        last = point
                rings_out.append({"hole": index > 0, "points": densify_parallels(flat, FRAME)})
        if rings_out:
            countries.append({"iso3": iso3, "name": geometry["properties"]["name"], "rings": rings_out})
    countries.sort(key=lambda c: c["iso3"])
    document = {
        "source": "Natural Earth 1:10m admin-0 countries, via world-atlas 2.0.2 countries-10m.json",
        "licence": "Natural Earth: public domain. world-atlas: ISC, (c) 2013-2019 Michael Bostock",
        "frame": list(FRAME),
        "countries": countries,
    }
    Path(target).write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: derive_regional_subset.py PATH/TO/countries-10m.json")
    main(sys.argv[1], str(Path(__file__).with_name("countries.json")))
