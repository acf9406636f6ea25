"""Map geometry: the regional country shapes, the projection, and what follows from them.

Neighbours (countries that share a border) and the named lines a report's ``map.toml``
declares (a common border) are derived from the shapes, never typed by hand: Natural
Earth's topology gives adjacent countries identical vertices along their common border.
The projection is a Lambert conformal conic, in kilometres, centred where ``map.toml`` says.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from desktop.core.errors import ContentError

EARTH_RADIUS_KM = 6371.0
# Douglas-Peucker tolerance of each stored level of detail, in projected km: the build
# simplifies with it and the map picks the coarsest level that stays under half a pixel.
LOD_TOLERANCE_KM = (0.0, 2.0, 6.0)

Ring = list[tuple[float, float]]  # (lon, lat) pairs


@dataclass
class CountryShape:
    iso3: str
    name: str
    outer: list[Ring] = field(default_factory=list)
    holes: list[Ring] = field(default_factory=list)

    def contains(self, lon: float, lat: float) -> bool:
        inside = any(point_in_ring(lon, lat, ring) for ring in self.outer)
        return inside and not any(point_in_ring(lon, lat, ring) for ring in self.holes)

    def vertices(self) -> set[tuple[float, float]]:
        return {point for ring in self.outer + self.holes for point in ring}


class LambertConformalConic:
    """Lambert conformal conic on a sphere: (lon, lat) degrees <-> (x, y) kilometres."""

    def __init__(
        self, lon0: float = 67.0, lat0: float = 38.0, lat1: float = 30.0, lat2: float = 48.0
    ) -> None:
        phi1, phi2, phi0 = map(math.radians, (lat1, lat2, lat0))
        self.lon0 = math.radians(lon0)
        self.n = math.log(math.cos(phi1) / math.cos(phi2)) / math.log(
            math.tan(math.pi / 4 + phi2 / 2) / math.tan(math.pi / 4 + phi1 / 2)
        )
        self.f = math.cos(phi1) * math.tan(math.pi / 4 + phi1 / 2) ** self.n / self.n
        self.rho0 = EARTH_RADIUS_KM * self.f / math.tan(math.pi / 4 + phi0 / 2) ** self.n

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        rho = EARTH_RADIUS_KM * self.f / math.tan(math.pi / 4 + math.radians(lat) / 2) ** self.n
        theta = self.n * (math.radians(lon) - self.lon0)
        return rho * math.sin(theta), self.rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        dy = self.rho0 - y
        rho = math.copysign(math.hypot(x, dy), self.n)
        theta = math.atan2(x, dy) if self.n > 0 else math.atan2(-x, -dy)
        lat = 2 * math.atan((EARTH_RADIUS_KM * self.f / rho) ** (1 / self.n)) - math.pi / 2
        return math.degrees(theta / self.n + self.lon0), math.degrees(lat)


def point_in_ring(x: float, y: float, ring: Sequence[tuple[float, float]]) -> bool:
    """Even-odd ray casting."""
    inside = False
    count = len(ring)
    j = count - 1
    for i in range(count):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def load_shapes(path: Path) -> tuple[tuple[float, float, float, float], list[CountryShape]]:
    """The frame and the country shapes of ``content/map/countries.json``."""
    where = f"map/{path.name}"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        frame = tuple(float(v) for v in document["frame"])
        shapes = []
        for country in document["countries"]:
            shape = CountryShape(str(country["iso3"]), str(country["name"]))
            for ring in country["rings"]:
                flat = ring["points"]
                points = [(float(flat[i]), float(flat[i + 1])) for i in range(0, len(flat) - 1, 2)]
                (shape.holes if ring.get("hole") else shape.outer).append(points)
            shapes.append(shape)
    except FileNotFoundError:
        raise ContentError(f"{where}: missing") from None
    except (ValueError, KeyError, TypeError, IndexError) as error:
        raise ContentError(f"{where}: not a country shapes file ({error})") from None
    if len(frame) != 4:
        raise ContentError(f"{where}: frame must be [west, south, east, north]")
    return frame, shapes  # type: ignore[return-value]


def neighbours(shapes: Sequence[CountryShape], min_shared: int = 2) -> dict[str, list[str]]:
    """Countries that share a border: at least ``min_shared`` common vertices."""
    owners: dict[tuple[float, float], set[str]] = {}
    for shape in shapes:
        for point in shape.vertices():
            owners.setdefault(point, set()).add(shape.iso3)
    shared: dict[tuple[str, str], int] = {}
    for codes in owners.values():
        if len(codes) > 1:
            ordered = sorted(codes)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    shared[(a, b)] = shared.get((a, b), 0) + 1
    result: dict[str, list[str]] = {shape.iso3: [] for shape in shapes}
    for (a, b), count in shared.items():
        if count >= min_shared:
            result[a].append(b)
            result[b].append(a)
    return {code: sorted(others) for code, others in result.items()}


def shared_border(first: CountryShape, second: CountryShape) -> list[Ring]:
    """The common boundary of two countries as polylines (a named line of ``map.toml``)."""
    theirs = second.vertices()
    lines: list[Ring] = []
    for ring in first.outer:
        current: Ring = []
        closed = ring + ring[:1]
        for a, b in pairwise(closed):
            if a in theirs and b in theirs:
                if not current:
                    current = [a]
                current.append(b)
            elif current:
                lines.append(current)
                current = []
        if current:
            lines.append(current)
    # A border that wraps past the ring's start comes in two pieces: join them.
    if len(lines) > 1 and lines[-1][-1] == lines[0][0]:
        lines[0] = lines.pop() + lines[0][1:]
    return [line for line in lines if len(line) > 2]


def simplify(points: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; keeps the first and last point."""
    if len(points) < 3 or tolerance <= 0:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        ax, ay = points[start]
        bx, by = points[end]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, index = -1.0, -1
        for i in range(start + 1, end):
            px, py = points[i]
            if length == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                distance = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if distance > farthest:
                farthest, index = distance, i
        if farthest > tolerance and index > 0:
            keep[index] = True
            stack.append((start, index))
            stack.append((index, end))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def label_point(shape: CountryShape, frame: Sequence[float], steps: int = 16) -> tuple[float, float]:
    """A point well inside the country's largest visible ring, for its label."""
    ring = simplify(max(shape.outer, key=lambda r: abs(ring_area(r))), 0.05)
    west, south, east, north = frame
    xs = [max(west, min(east, p[0])) for p in ring]
    ys = [max(south, min(north, p[1])) for p in ring]
    best, best_distance = (sum(xs) / len(xs), sum(ys) / len(ys)), -1.0
    for i in range(1, steps):
        for j in range(1, steps):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if not point_in_ring(x, y, ring):
                continue
            distance = min(
                _distance_to_segment(x, y, a, b) for a, b in zip(ring, ring[1:] + ring[:1], strict=True)
            )
            # Distance to the frame edge counts too: a label half outside the map is no use.
            distance = min(distance, x - west, east - x, y - south, north - y)
            if distance > best_distance:
                best, best_distance = (x, y), distance
    return best


def ring_area(ring: Sequence[tuple[float, float]]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def _distance_to_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(x - a[0], y - a[1])
    t = max(0.0, min(1.0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - a[0] - t * dx, y - a[1] - t * dy)


def bounds(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def frame_of(points: Iterable[tuple[float, float]], projection: LambertConformalConic) -> tuple[float, ...]:
    """``(west, south, east, north)`` of projected points: the frame the shapes were cut to.

    Latitude falls as the distance from the cone's apex grows and longitude follows the angle
    about it, so only the extreme points need projecting back.
    """
    apex = projection.rho0
    by_angle = []
    by_radius = []
    for x, y in points:
        by_angle.append((math.atan2(x, apex - y), x, y))
        by_radius.append((math.hypot(x, apex - y), x, y))
    west = projection.inverse(*min(by_angle)[1:])[0]
    east = projection.inverse(*max(by_angle)[1:])[0]
    north = projection.inverse(*min(by_radius)[1:])[1]
    south = projection.inverse(*max(by_radius)[1:])[1]
    return west, south, east, north


def in_frame(x: float, y: float, frame: Sequence[float], projection: LambertConformalConic) -> bool:
    lon, lat = projection.inverse(x, y)
    west, south, east, north = frame
    return west <= lon <= east and south <= lat <= north


def view_within_frame(
    frame: Sequence[float], projection: LambertConformalConic, centre: tuple[float, float], aspect: float
) -> tuple[float, float, float, float]:
    """The largest projected rectangle of ``aspect`` (width / height) about ``centre`` that lies
    wholly inside the frame, as ``(min x, min y, max x, max y)``: a view inside it never shows
    the frame's slanted edges."""
    cx, cy = centre

    def fits(half_height: float) -> bool:
        half_width = half_height * aspect
        x0, x1, y0, y1 = cx - half_width, cx + half_width, cy - half_height, cy + half_height
        points = [(x0, y0), (x1, y0), (x0, y1), (x1, y1), (min(max(0.0, x0), x1), y1)]
        return all(in_frame(x, y, frame, projection) for x, y in points)

    low, high = 0.0, 20000.0
    if not fits(low):
        return cx, cy, cx, cy
    for _ in range(26):  # to within a metre or so
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return cx - low * aspect, cy - low, cx + low * aspect, cy + low


def frame_outline(
    frame: Sequence[float], projection: LambertConformalConic, steps: int = 48
) -> list[tuple[float, float]]:
    """The edge of a ``(west, south, east, north)`` frame, projected: its parallels are arcs."""
    west, south, east, north = frame
    lons = [west + (east - west) * i / steps for i in range(steps + 1)]
    edge = [(lon, south) for lon in lons] + [(lon, north) for lon in reversed(lons)]
    return [projection.forward(lon, lat) for lon, lat in edge]
