"""The demo's generated images: article covers and initiative illustrations (Pillow).

Each image depends on its arguments only (a seeded ``random.Random``), so the same design and
variant, or the same slug and colour, always give the same JPEG bytes: the seed compares
digests and leaves a stored image (and its row) alone.
"""

from __future__ import annotations

import io
import math
import random

from demo.palette import (
    BLUE_50,
    BLUE_200,
    BLUE_600,
    BLUE_700,
    BLUE_800,
    BLUE_900,
    WHITE,
    YELLOW_300,
    YELLOW_500,
)

COVER_SIZE = (1200, 675)
# Drawn at twice the size and scaled down, for smooth edges.
SUPERSAMPLE = 2


# For each design, its colour variants: (background, main shapes, first accent, second accent).
VARIANTS = {
    "tables": [
        (BLUE_50, BLUE_700, YELLOW_500, BLUE_600),
        (BLUE_900, YELLOW_500, WHITE, BLUE_200),
        (YELLOW_300, BLUE_700, WHITE, BLUE_900),
    ],
    "bubbles": [(BLUE_700, WHITE, YELLOW_300, BLUE_200)],
    "path": [(BLUE_900, YELLOW_500, WHITE, BLUE_800)],
    "bars": [(BLUE_50, BLUE_700, YELLOW_500, BLUE_200), (BLUE_900, BLUE_600, YELLOW_500, BLUE_200)],
    "grid": [(BLUE_700, BLUE_600, YELLOW_500, BLUE_200), (YELLOW_500, WHITE, BLUE_900, WHITE)],
    "envelope": [(YELLOW_500, WHITE, BLUE_700, BLUE_600)],
    "split": [(BLUE_50, BLUE_700, YELLOW_500, BLUE_200)],
}


def _tables(draw, rng, width, height, colours):
    """Round tables (circles) each ringed by small dots: people around them."""
    _background, table, first, second = colours
    columns, rows = 4, 2
    for row in range(rows):
        for column in range(columns):
            cx = width * (column + 0.5 + (0.25 if row else -0.1)) / columns
            cy = height * (row + 0.5) / rows + rng.randint(-40, 40)
            radius = rng.randint(150, 190)
            draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=table)
            seats = rng.randint(4, 7)
            offset = rng.random() * math.tau
            for seat in range(seats):
                angle = offset + seat * math.tau / seats
                sx = cx + (radius + 60) * math.cos(angle)
                sy = cy + (radius + 60) * math.sin(angle)
                dot = 34
                colour = first if seat % 2 == 0 else second
                draw.ellipse((sx - dot, sy - dot, sx + dot, sy + dot), fill=colour)


def _bubbles(draw, rng, width, height, colours):
    """Speech bubbles with a tail, some with lines suggesting text."""
    _background, first, second, third = colours
    line_colour = colours[0]
    spots = [(0.06, 0.1), (0.42, 0.05), (0.7, 0.3), (0.15, 0.52), (0.5, 0.58)]
    for index, (fx, fy) in enumerate(spots):
        x, y = width * fx, height * fy
        w, h = rng.randint(560, 760), rng.randint(300, 400)
        fill = (first, second, third)[index % 3]
        draw.rounded_rectangle((x, y, x + w, y + h), radius=70, fill=fill)
        tail_x = x + (w * 0.25 if index % 2 else w * 0.7)
        draw.polygon(
            [(tail_x, y + h - 5), (tail_x + 110, y + h - 5), (tail_x + 20, y + h + 110)],
            fill=fill,
        )
        if index % 3 != 2:
            for line in range(3):
                ly = y + 95 + line * 75
                length = w - 180 - (line == 2) * rng.randint(120, 260)
                draw.rounded_rectangle((x + 90, ly, x + 90 + length, ly + 26), 13, line_colour)


def _path(draw, rng, width, height, colours):
    """A winding path over a faint street grid, with stops along the way."""
    _background, path, stop, grid = colours
    for x in range(0, width, 240):
        draw.line((x, 0, x + 180, height), fill=grid, width=14)
    for y in range(0, height, 220):
        draw.line((0, y, width, y + 60), fill=grid, width=14)
    phase = rng.random() * math.tau
    points = [
        (x, height / 2 + height * 0.28 * math.sin(phase + x / width * 3.2 * math.pi))
        for x in range(-100, width + 101, 20)
    ]
    draw.line(points, fill=path, width=80, joint="curve")
    for index in range(1, 6):
        x, y = points[index * len(points) // 6]
        draw.ellipse((x - 48, y - 48, x + 48, y + 48), fill=stop)


def _bars(draw, rng, width, height, colours):
    """A bar chart: bars in blues, one yellow bar higher than all the others."""
    background, bar, highlight, light = colours
    count = 9
    base = height - 150
    gap = width / (count + 1)
    rising = background == BLUE_900  # the second variant rises from left to right
    star = count - 1 if rising else rng.randint(2, count - 3)
    for index in range(count):
        x = gap * (index + 0.6)
        step = (base - 220) / count
        top = base - (index + 1) * step if rising else base - rng.randint(300, 750)
        if index == star:
            colour, top = highlight, 150
        else:
            colour = bar if index % 2 == 0 else light
        draw.rounded_rectangle((x, top, x + gap * 0.7, base), radius=24, fill=colour)
    draw.line((gap * 0.3, base + 20, width - gap * 0.3, base + 20), fill=light, width=12)


def _grid(draw, rng, width, height, colours):
    """A grid of rounded squares, a few of them in the accent colour."""
    _background, cell, accent, _outline = colours
    columns, rows = 10, 5
    size = 170
    gap_x = (width - columns * size) / (columns + 1)
    gap_y = (height - rows * size) / (rows + 1)
    highlighted = set(rng.sample(range(columns * rows), 7))
    for row in range(rows):
        for column in range(columns):
            x = gap_x + column * (size + gap_x)
            y = gap_y + row * (size + gap_y)
            colour = accent if row * columns + column in highlighted else cell
            draw.rounded_rectangle((x, y, x + size, y + size), radius=30, fill=colour)


def _envelope(draw, rng, width, height, colours):
    """An envelope with its fold lines, among small circles."""
    _background, paper, fold, dots = colours
    count = 18
    for index in range(count):
        angle = index * math.tau / count + rng.uniform(-0.12, 0.12)
        reach = rng.uniform(0.34, 0.44)
        x = width / 2 + width * reach * math.cos(angle)
        y = height / 2 + height * (reach + 0.04) * math.sin(angle)
        r = rng.randint(18, 44)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=dots)
    left, top, right, bottom = width * 0.3, height * 0.22, width * 0.7, height * 0.78
    draw.rounded_rectangle((left, top, right, bottom), radius=24, fill=paper)
    middle = ((left + right) / 2, (top + bottom) / 2 + 40)
    draw.line([(left + 30, top + 30), middle, (right - 30, top + 30)], fill=fold, width=26)
    draw.line([(left + 30, bottom - 30), (middle[0] - 120, middle[1] - 50)], fill=fold, width=14)
    draw.line([(right - 30, bottom - 30), (middle[0] + 120, middle[1] - 50)], fill=fold, width=14)


def _split(draw, rng, width, height, colours):
    """A screen with tiles on the left, a table with people around it on the right."""
    _background, frame, people, tiles = colours
    left, top, right, bottom = width * 0.07, height * 0.18, width * 0.5, height * 0.74
    draw.rounded_rectangle((left, top, right, bottom), radius=30, fill=frame)
    draw.rounded_rectangle((left + 30, top + 30, right - 30, bottom - 30), 16, fill=WHITE)
    draw.rectangle((width * 0.24, bottom, width * 0.33, bottom + 90), fill=frame)
    draw.rounded_rectangle((width * 0.17, bottom + 80, width * 0.4, bottom + 120), 20, frame)
    tile_w = (right - left - 60 - 4 * 24) / 3
    tile_h = (bottom - top - 60 - 3 * 24) / 2
    for row in range(2):
        for column in range(3):
            x = left + 54 + column * (tile_w + 24)
            y = top + 54 + row * (tile_h + 24)
            draw.rounded_rectangle((x, y, x + tile_w, y + tile_h), 12, fill=tiles)
    cx, cy, radius = width * 0.77, height * 0.5, 230
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=frame)
    seats = 8
    for seat in range(seats):
        angle = seat * math.tau / seats + rng.random() * 0.2
        sx, sy = cx + 330 * math.cos(angle), cy + 330 * math.sin(angle)
        draw.ellipse((sx - 50, sy - 50, sx + 50, sy + 50), fill=people)


DESIGNS = {
    "tables": _tables,
    "bubbles": _bubbles,
    "path": _path,
    "bars": _bars,
    "grid": _grid,
    "envelope": _envelope,
    "split": _split,
}


def cover_image(slug: str, design: str, variant: int) -> bytes:
    """The cover of an article as JPEG bytes: the same arguments always give the same bytes."""
    from PIL import Image, ImageDraw

    colours = VARIANTS[design][variant]
    width, height = (side * SUPERSAMPLE for side in COVER_SIZE)
    image = Image.new("RGB", (width, height), colours[0])
    DESIGNS[design](ImageDraw.Draw(image), random.Random(slug), width, height, colours)
    image = image.resize(COVER_SIZE, Image.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return output.getvalue()


def illustration(seed: str, colour: tuple, size=(640, 400)) -> bytes:
    """A small abstract JPEG: bands and circles in shades of ``colour`` (deterministic)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = size

    def shade(factor: float) -> tuple:
        return tuple(min(255, int(c + (255 - c) * factor)) for c in colour)

    image = Image.new("RGB", size, shade(0.85))
    draw = ImageDraw.Draw(image)
    for band in range(3):
        top = rng.randint(0, height)
        draw.rectangle((0, top, width, top + rng.randint(30, 90)), fill=shade(0.55 + band * 0.1))
    for _ in range(6):
        radius = rng.randint(25, 110)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=shade(rng.random() * 0.5)
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()
