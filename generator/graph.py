"""Who disputes whom, drawn at build time as static SVG: no script and no request to view it.

Each connected group of disputants is a star around its most connected member; arrows point from
who disputes to whom. A phone gets the same graph as a column of names, the arrows curving on their
left (`narrow_svg`), so the picture fits the screen at a readable size instead of scrolling sideways.
Labels come from articles, so every one is XML-escaped here.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from .factsheet import FactSheet
from .registry import Registry

# Drawn at most as wide as Material's content column, so text keeps its size on screen.
WIDTH, NODE_R, FONT = 700, 9, 14
CHAR_W = 0.6 * FONT  # a generous average glyph width: a label's box is never narrower than its text
PAD = 6  # round each group's box: the labels' halo
GAP_X, GAP_Y = 24, 6  # between boxes side by side, and between rows
PAIR_HALF = 50  # two parties and one arrow: each this far from the middle
SMALL_RADIUS = 80  # the spokes of a star of two or three
RADIUS = 120  # a star's spokes, at the least from four on
SPOKE_GAP = 11  # the spokes' radius grows by this much a spoke, so many labels do not touch
RADIUS_MAX = WIDTH // 2 - 180  # room for a label beside the outermost spokes
LABEL_MAX = 24
MUTUAL_GAP = 4  # two people disputing each other: their arrows this far either side of the line
# The column for phones: one name a row, the groups one under another.
ROW = 26  # between two names of a group
GROUP_GAP = 14  # added between groups
ARC_MIN, ARC_STEP, ARC_MAX = 16, 12, 88  # how far an arrow curves out: more for names further apart
MUTUAL_ARC = 10  # the second of two people disputing each other curves this much further
SLOT = 9  # between two arrow ends at one name: their 11px heads side by side, tips apart
ROW_GAP = ROW - 2 * NODE_R  # between two names' marks in the column


@dataclass(frozen=True, slots=True)
class Node:
    key: str  # a person id, or "~<article id>/" + how the article named a party that is no person here
    label: str
    person: str | None  # registry id, for a link


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # node keys
    target: str
    count: int


@dataclass(frozen=True, slots=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def around(self, key: str) -> Graph:
        """The node's neighbourhood: it, the edges touching it and the nodes at their other end."""
        edges = tuple(e for e in self.edges if key in (e.source, e.target))
        keys = {key} | {k for e in edges for k in (e.source, e.target)}
        return Graph(tuple(n for n in self.nodes if n.key in keys), edges)


def dispute_graph(sheets: list[FactSheet], registry: Registry) -> Graph:
    """Every dispute whose target is a known person, by a person or by a party the article names."""
    nodes: dict[str, Node] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for sheet in sheets:
        for dispute in sheet.disputes:
            target = registry.get(dispute.target)
            if target is None:
                continue
            by = registry.get(dispute.by)
            if by is not None:
                source = Node(by.id, by.name, by.id)
            else:
                # A party that is no person ("attorneys", an unnamed source) is the article's own: one
                # node for all of them would draw one source disputing people from unrelated stories.
                label = " ".join(dispute.by_text.split()) or "Unnamed source"
                source = Node(f"~{sheet.id}/{label.casefold()}", label, None)
            if source.key == target.id:
                continue
            nodes.setdefault(source.key, source)
            nodes.setdefault(target.id, Node(target.id, target.name, target.id))
            counts[(source.key, target.id)] += 1
    edges = tuple(Edge(s, t, n) for (s, t), n in sorted(counts.items()))
    return Graph(tuple(sorted(nodes.values(), key=lambda n: (n.label.casefold(), n.key))), edges)


def _components(graph: Graph, focus: str | None) -> list[list[Node]]:
    """Connected groups, biggest first, each led by the focus or else its most connected node."""
    degree = Counter(k for e in graph.edges for k in (e.source, e.target))
    linked: dict[str, set[str]] = {n.key: set() for n in graph.nodes}
    for e in graph.edges:
        linked[e.source].add(e.target)
        linked[e.target].add(e.source)
    by_key = {n.key: n for n in graph.nodes}
    seen: set[str] = set()
    groups = []
    for node in graph.nodes:
        if node.key in seen:
            continue
        group, todo = [], [node.key]
        seen.add(node.key)
        while todo:
            key = todo.pop()
            group.append(by_key[key])
            for other in sorted(linked[key] - seen):
                seen.add(other)
                todo.append(other)
        group.sort(key=lambda n: (n.key != focus, -degree[n.key], n.label.casefold(), n.key))
        groups.append(group)
    groups.sort(key=lambda g: (-len(g), g[0].label.casefold()))
    return groups


@dataclass(frozen=True, slots=True)
class _Place:
    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str  # text-anchor of the label


def _radius(group: list[Node]) -> int:
    spokes = len(group) - 1
    if spokes <= 3:  # a short line or a triangle: no labels crowd each other
        return SMALL_RADIUS
    return min(max(RADIUS, SPOKE_GAP * spokes), RADIUS_MAX)


def _place(group: list[Node], disputes: set[tuple[str, str]]) -> dict[str, _Place]:
    """Around (0, 0): a pair on one line that reads as a sentence, who disputes on the left; a star's
    spokes round its hub."""
    if len(group) == 2:
        left, right = group if (group[0].key, group[1].key) in disputes else reversed(group)
        return {left.key: _Place(-PAIR_HALF, 0, -PAIR_HALF - NODE_R - 5, 5, "end"),
                right.key: _Place(PAIR_HALF, 0, PAIR_HALF + NODE_R + 5, 5, "start")}
    places = {group[0].key: _Place(0, 0, 0, -NODE_R - 7, "middle")}
    spokes, radius = _side_by_side(group[1:], disputes), _radius(group)
    for n, node in enumerate(spokes):
        angle = _spoke_angle(n, len(spokes))
        dx, dy = math.cos(angle), math.sin(angle)
        x, y = radius * dx, radius * dy
        # Only a spoke near the vertical has its label centred above or below it: two side by side
        # there would write over each other.
        if abs(dx) > 0.2:  # left and right: the label reads outwards
            anchor = "start" if dx > 0 else "end"
            places[node.key] = _Place(x, y, x + (NODE_R + 5) * (1 if dx > 0 else -1), y + 5, anchor)
        else:  # top and bottom: the label sits above or below
            places[node.key] = _Place(x, y, x, y + (NODE_R + FONT + 2 if dy > 0 else -NODE_R - 7), "middle")
    return places


def _side_by_side(spokes: list[Node], disputes: set[tuple[str, str]]) -> list[Node]:
    """The spokes in the order they go round the hub: two who dispute each other (not through the hub)
    side by side, so their arrow is a short chord at the rim; in the given order it crossed the whole
    star. Spokes linked so run as a chain, from its least linked end, each next to one it disputes or is
    disputed by; spokes and chains otherwise keep their order (most connected first)."""
    rank = {node.key: n for n, node in enumerate(spokes)}
    linked: dict[str, set[str]] = {key: set() for key in rank}
    for source, target in disputes:
        if source in rank and target in rank:
            linked[source].add(target)
            linked[target].add(source)
    order: list[Node] = []
    placed: set[str] = set()
    for node in spokes:
        if node.key in placed:
            continue
        chain = _chain(node.key, linked, rank)
        placed.update(chain)
        order += [spokes[rank[key]] for key in chain]
    return order


def _chain(start: str, linked: dict[str, set[str]], rank: dict[str, int]) -> list[str]:
    """`start`'s connected spokes as one walk: from the least linked (then first-ranked) member, on to a
    linked one not yet walked while there is one, else to the next member by the same choice."""
    members, todo = {start}, [start]
    while todo:
        for other in linked[todo.pop()] - members:
            members.add(other)
            todo.append(other)

    def first(keys) -> str:
        return min(keys, key=lambda k: (len(linked[k]), rank[k]))

    walk = [first(members)]
    while len(walk) < len(members):
        near = linked[walk[-1]] - set(walk)
        walk.append(first(near or members - set(walk)))
    return walk


def _spoke_angle(n: int, spokes: int) -> float:
    """The direction of a star's nth spoke, clockwise from the right. Two or three spokes keep to the
    right, below and the left: close to the hub as they are, one above would run through its name.
    More go round, half a step off vertical, so none runs up through the name either."""
    if spokes <= 3:
        return math.pi * n / (spokes - 1)
    return -math.pi / 2 + 2 * math.pi * (n + 0.5) / spokes


def _shown(label: str) -> str:
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 1].rstrip() + "…"


def _extent(places: dict[str, _Place], labels: dict[str, str]) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) the circles and their labels take, labels at a generous width.
    A pair is one line of text with no label above or below: its box has no halo top and bottom (bar
    a circle's outline), so a list of pairs reads like the lines of a table, 26px apart (a pair a
    36px row made the home page's picture 830px tall, most of it nine pairs)."""
    boxes = []
    for key, p in places.items():
        width = CHAR_W * len(_shown(labels[key]))
        left = p.label_x - {"start": 0, "middle": width / 2, "end": width}[p.anchor]
        boxes += [(p.x - NODE_R, p.y - NODE_R, p.x + NODE_R, p.y + NODE_R),
                  (left, p.label_y - FONT, left + width, p.label_y + 4)]
    pad_y = 1 if len(places) == 2 else PAD
    return (min(b[0] for b in boxes) - PAD, min(b[1] for b in boxes) - pad_y,
            max(b[2] for b in boxes) + PAD, max(b[3] for b in boxes) + pad_y)


def _rows(sizes: list[tuple[float, float]]) -> list[list[int]]:
    """Groups (by index, biggest first) into rows no wider than the drawing, each in the first row it fits."""
    rows: list[list[int]] = []
    widths: list[float] = []
    for n, (width, _) in enumerate(sizes):
        for r, used in enumerate(widths):
            if used + GAP_X + width <= WIDTH:
                rows[r].append(n)
                widths[r] = used + GAP_X + width
                break
        else:
            rows.append([n])
            widths.append(width)
    return rows


def _layout(groups: list[list[Node]], graph: Graph) -> tuple[dict[str, _Place], int, int]:
    """Each group drawn in the box it needs, the boxes packed in centred rows: no empty cells. A group
    alone in its row has its middle (a hub, a pair's arrow) on the drawing's, so a list of pairs lines up."""
    labels = {n.key: n.label for n in graph.nodes}
    disputes = {(e.source, e.target) for e in graph.edges}
    drawn = [_place(g, disputes) for g in groups]
    extents = [_extent(p, labels) for p in drawn]
    sizes = [(e[2] - e[0], e[3] - e[1]) for e in extents]
    rows = _rows(sizes)
    row_widths = [sum(sizes[n][0] for n in row) + GAP_X * (len(row) - 1) for row in rows]
    alone = [2 * max(-extents[row[0]][0], extents[row[0]][2]) for row in rows if len(row) == 1]
    width = max(row_widths + [min(WIDTH, w) for w in alone])
    places: dict[str, _Place] = {}
    y = 0.0
    for row, row_width in zip(rows, row_widths):
        height = max(sizes[n][1] for n in row)
        x = (width - row_width) / 2
        if len(row) == 1:
            x = min(max(width / 2 + extents[row[0]][0], 0), width - row_width)
        for n in row:
            left, top, w, h = extents[n][0], extents[n][1], *sizes[n]
            dx, dy = x - left, y + (height - h) / 2 - top
            places.update({k: _Place(p.x + dx, p.y + dy, p.label_x + dx, p.label_y + dy, p.anchor)
                           for k, p in drawn[n].items()})
            x += w + GAP_X
        y += height + GAP_Y
    return places, math.ceil(width), math.ceil(y - GAP_Y)


def svg(graph: Graph, href: Callable[[str], str], title: str, focus: str | None = None) -> str:
    """The graph as one SVG element (no blank line inside); `href(person_id)` links each person."""
    groups = _components(graph, focus)
    if not groups:
        return ""
    places, width, height = _layout(groups, graph)
    labels = {n.key: n.label for n in graph.nodes}
    lines = _open("fs-wide", width, height, title, "fs-arrow")
    pairs = {(e.source, e.target) for e in graph.edges}
    lines += [_edge(e, places, labels, (e.target, e.source) in pairs) for e in graph.edges]
    lines += [_node(n, places[n.key], href, n.key == focus) for g in groups for n in g]
    lines.append("</svg>")
    return "\n".join(lines)


def _open(kind: str, width: int, height: int, title: str, marker: str) -> list[str]:
    """The SVG element's opening: its size, its name for screen readers, the arrowhead `marker`
    (an id of its own per drawing: a page holds the wide and the narrow one). Arrowheads are one
    size: scaled with the stroke, the head of a thick arrow (a dispute told five times) was 38px.
    The page's style hides one of the two drawings, which hides it from screen readers too; search
    reads the page source, so the column for phones is kept out of its index (the wide one holds
    the same names)."""
    excluded = ' data-search-exclude=""' if kind == "fs-narrow" else ""
    return [(f'<svg xmlns="http://www.w3.org/2000/svg" class="{kind}" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}"{excluded}>'),
            f"<title>{escape(title)}</title>",
            (f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
             'markerWidth="11" markerHeight="11" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
             'class="fs-arrow"/></marker></defs>')]


def narrow_svg(graph: Graph, href: Callable[[str], str], title: str, focus: str | None = None) -> str:
    """The graph for a phone: every name on a row of its own in one column, each group's hub amid
    its spokes, each dispute an arrow curving out on the left from one name to the other. As wide as
    a label and the curves, so it fits a phone's screen with 14px names."""
    groups = _components(graph, focus)
    if not groups:
        return ""
    disputes = {(e.source, e.target) for e in graph.edges}
    columns = [_column(group, disputes) for group in groups]
    index = {key: n for n, key in enumerate(key for column in columns for key in column)}
    bends = {(e.source, e.target): _bend(e, index, disputes) for e in graph.edges}
    ends = _ends(graph.edges, index, bends)
    marks = {key: _mark(offsets) for key, offsets in _by_name(ends).items()}
    rows, y = {}, float(PAD)
    for column in columns:
        y += marks[column[0]]
        for above, key in zip([None, *column], column):
            y += 0 if above is None else marks[above] + ROW_GAP + marks[key]
            rows[key] = y
        y += marks[column[-1]] + ROW_GAP + GROUP_GAP
    counts = _counts(graph.edges, rows, bends)
    reach = max([0.75 * b for b in bends.values()] + [-left for left, _, _ in counts.values()])
    x = math.ceil(PAD + reach + NODE_R + 3)
    labels = {n.key: n.label for n in graph.nodes}
    width = math.ceil(x + NODE_R + 6 + CHAR_W * max(len(_shown(label)) for label in labels.values()) + PAD)
    height = math.ceil(y - ROW_GAP - GROUP_GAP + PAD)
    lines = _open("fs-narrow", width, height, title, "fs-arrow-narrow")
    lines += [_arc(e, x, rows, ends, bends[(e.source, e.target)], counts.get((e.source, e.target)), labels)
              for e in graph.edges]
    places = {key: _Place(x, row, x + NODE_R + 6, row + 5, "start") for key, row in rows.items()}
    lines += [_node(n, places[n.key], href, n.key == focus, marks[n.key]) for g in groups for n in g]
    lines.append("</svg>")
    return "\n".join(lines)


def _ends(edges: tuple[Edge, ...], index: dict[str, int],
          bends: dict[tuple[str, str], float]) -> dict[tuple[str, str, str], float]:
    """Where each arrow leaves and reaches a name, (source, target, that name) -> how far below its row.
    A name many dispute had every arrowhead on one point, a knot no one could read: the ends at a name
    are spread a slot apart, ordered so the arrows nest without crossing (an arrow from further up
    curves further out, so it lands below the nearer ones; likewise from below)."""
    at: dict[str, list[tuple[tuple, tuple[str, str, str]]]] = {}
    for e in edges:
        bend = bends[(e.source, e.target)]
        for key, other in ((e.source, e.target), (e.target, e.source)):
            below = index[other] > index[key]
            order = (below, -index[other], -bend if below else bend, e.source, e.target)
            at.setdefault(key, []).append((order, (e.source, e.target, key)))
    ends = {}
    for found in at.values():
        found.sort()
        ends.update({end: (n - (len(found) - 1) / 2) * SLOT for n, (_, end) in enumerate(found)})
    return ends


def _by_name(ends: dict[tuple[str, str, str], float]) -> dict[str, list[float]]:
    by: dict[str, list[float]] = {}
    for (_, _, key), offset in ends.items():
        by.setdefault(key, []).append(offset)
    return by


def _mark(offsets: list[float]) -> float:
    """Half the height of a name's mark: a circle, or for a name with more arrow ends than a circle's
    edge holds apart, a capsule as tall as they need."""
    top = max(offsets)
    return NODE_R if top <= NODE_R - 3 else top + 6


def _column(group: list[Node], disputes: set[tuple[str, str]]) -> list[str]:
    """A group's keys top to bottom: a pair as it reads (who disputes, then whom); otherwise the hub
    in the middle of the others, so its arrows stay short."""
    keys = [n.key for n in group]
    if len(keys) == 2:
        return keys if (keys[0], keys[1]) in disputes else keys[::-1]
    half = (len(keys) - 1) // 2
    return keys[1:half + 1] + keys[:1] + keys[half + 1:]


def _bend(edge: Edge, index: dict[str, int], disputes: set[tuple[str, str]]) -> float:
    """How far left of the column an arrow reaches: further for names further apart, so arrows
    sharing a name nest instead of running over each other."""
    apart = abs(index[edge.target] - index[edge.source])
    bend = min(ARC_MIN + ARC_STEP * (apart - 1), ARC_MAX)
    mutual = (edge.target, edge.source) in disputes and edge.source > edge.target
    return bend + (MUTUAL_ARC if mutual else 0)


def _counts(edges: tuple[Edge, ...], rows: dict[str, float],
            bends: dict[tuple[str, str], float]) -> dict[tuple[str, str], tuple[float, float, float]]:
    """Where each "×3" goes: (left, right, baseline), x left of the curves' side of the column. Level
    with its arrow's outermost point, outside every arrow passing there, and moved further out while
    it would write over another count."""
    placed: dict[tuple[str, str], tuple[float, float, float]] = {}
    spans = [(min(rows[e.source], rows[e.target]), max(rows[e.source], rows[e.target]), bends[(e.source, e.target)])
             for e in edges]
    for edge in sorted((e for e in edges if e.count > 1), key=lambda e: (bends[(e.source, e.target)], e.source, e.target)):
        key = (edge.source, edge.target)
        middle = (rows[edge.source] + rows[edge.target]) / 2
        y = middle + 5
        outside = max(bend for top, bottom, bend in spans if top <= middle <= bottom)
        right, width = -0.75 * outside - 3, CHAR_W * len(f"×{edge.count}")
        while True:
            left = right - width
            clash = [a for a, b, other in placed.values() if abs(other - y) < FONT and a < right and left < b]
            if not clash:
                break
            right = min(clash) - 3
        placed[key] = (left, right, y)
    return placed


def _edge_group(edge: Edge, labels: dict[str, str]) -> tuple[str, float]:
    """The opening of an arrow's group, its title saying who disputes whom (and how often), and the stroke width,
    thicker the more often; kept out of search, which reads the names from the nodes."""
    what = f"{labels[edge.source]} disputes {labels[edge.target]}"
    times = f" ({edge.count} times)" if edge.count > 1 else ""
    return (f'<g class="fs-edge" data-search-exclude=""><title>{escape(what + times)}</title>',
            1.5 + min(edge.count - 1, 4))


def _arc(edge: Edge, x: float, rows: dict[str, float], ends: dict[tuple[str, str, str], float], bend: float,
         count: tuple[float, float, float] | None, labels: dict[str, str]) -> str:
    """An arrow from one name of the column to another, curving out on the left, each end at its slot."""
    side = x - NODE_R - 3
    start = rows[edge.source] + ends[(edge.source, edge.target, edge.source)]
    end = rows[edge.target] + ends[(edge.source, edge.target, edge.target)]
    opening, width = _edge_group(edge, labels)
    out = (f'{opening}<path d="M {side:.1f} {start:.1f} C {side - bend:.1f} {start:.1f} {side - bend:.1f} {end:.1f} '
           f'{side:.1f} {end:.1f}" fill="none" stroke-width="{width:.1f}" marker-end="url(#fs-arrow-narrow)"/>')
    if count is not None:
        out += f'<text x="{side + count[1]:.1f}" y="{count[2]:.1f}" text-anchor="end" aria-hidden="true">×{edge.count}</text>'
    return out + "</g>"


def _edge(edge: Edge, places: dict[str, _Place], labels: dict[str, str], mutual: bool) -> str:
    """An arrow; when the two dispute each other, each arrow keeps to its own side of the line."""
    start, end = places[edge.source], places[edge.target]
    length = math.hypot(end.x - start.x, end.y - start.y) or 1.0
    dx, dy = (end.x - start.x) / length, (end.y - start.y) / length
    side = MUTUAL_GAP if mutual else 0
    x0, y0, x1, y1 = start.x - dy * side, start.y + dx * side, end.x - dy * side, end.y + dx * side
    leave = _clear(start, labels[edge.source], x0, y0, dx, dy)
    reach = _clear(end, labels[edge.target], x1, y1, -dx, -dy)
    if leave + reach > length - 2 * NODE_R:  # too close to go round a label: from circle to circle
        leave = reach = NODE_R + 3
    a = (x0 + dx * leave, y0 + dy * leave)
    b = (x1 - dx * reach, y1 - dy * reach)
    opening, width = _edge_group(edge, labels)
    line = (f'{opening}<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" '
            f'stroke-width="{width:.1f}" marker-end="url(#fs-arrow)"/>')
    if edge.count > 1:
        # Beside its own arrow, on the outer side: a mutual pair's counts do not meet.
        x, y = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        if mutual:
            x, y = x - dy * (FONT - 2), y + dx * (FONT - 2) + FONT / 3
            anchor = "middle"
        else:
            x, y, anchor = x + 4, y - 4, "start"
        line += f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" aria-hidden="true">×{edge.count}</text>'
    return line + "</g>"


def _clear(place: _Place, label: str, x: float, y: float, dx: float, dy: float) -> float:
    """How far from (x, y), by the node at `place`, along (dx, dy) an arrow must end to stay off the
    node's circle and its label: a hub's name above it was struck through by the arrows from above,
    which now stop at its edge, pointing at the name."""
    width = CHAR_W * len(_shown(label))
    left = place.label_x - {"start": 0, "middle": width / 2, "end": width}[place.anchor]
    box = ((left - 2, left + width + 2), (place.label_y - FONT + 2, place.label_y + 4))
    inside = (-math.inf, math.inf)
    for (low, high), p, d in zip(box, (x, y), (dx, dy)):
        if abs(d) < 1e-9:
            if not low <= p <= high:
                return NODE_R + 3
            continue
        t1, t2 = sorted(((low - p) / d, (high - p) / d))
        inside = (max(inside[0], t1), min(inside[1], t2))
    if inside[0] > inside[1] or inside[1] <= 0:
        return NODE_R + 3
    return max(NODE_R + 3, inside[1] + 3)


def _node(node: Node, place: _Place, href: Callable[[str], str], focus: bool, half: float = NODE_R) -> str:
    """A circle (or a capsule `half` high either side of its row) and its label. A label cut short
    gets the full name as its title (a tooltip, and the name screen readers and search get); a whole
    label is its own name, said once."""
    label = _shown(node.label)
    kind = "fs-person" if node.person else "fs-party"
    classes = f"fs-node {kind}" + (" fs-focus" if focus else "")
    full, hidden = "", ""
    if label != node.label:
        full, hidden = f"<title>{escape(node.label)}</title>", ' aria-hidden="true" data-search-exclude=""'
    body = (f"{full}"
            f"{_mark_svg(place, half)}"
            f'<text x="{place.label_x:.1f}" y="{place.label_y:.1f}" text-anchor="{place.anchor}"{hidden}>'
            f"{escape(label)}</text>")
    if node.person and not focus:
        return f'<a class="{classes}" href="{escape(href(node.person))}">{body}</a>'
    return f'<g class="{classes}">{body}</g>'



def _mark_svg(place: _Place, half: float) -> str:
    if half <= NODE_R:
        return f'<circle cx="{place.x:.1f}" cy="{place.y:.1f}" r="{NODE_R}"/>'
    return (f'<rect x="{place.x - NODE_R:.1f}" y="{place.y - half:.1f}" width="{2 * NODE_R}" '
            f'height="{2 * half:.1f}" rx="{NODE_R}"/>')
