"""Colour means one thing: green, amber and red say how far from target (a fit, a verdict),
blues and purples name a category, and no page or chart uses one for the other.

Hues are compared in HSV from the hex values, the way a reader tells "orange" from "blue";
colour-blind readers are simulated with the matrices of Machado, Oliveira and Fernandes
(2009, severity 1: protanopia, deuteranopia, tritanopia) and differences measured in CIELAB
(ΔE*76); grey print is the CIELAB lightness L*.
"""

from __future__ import annotations

import colorsys
import itertools
import re
from importlib.resources import files

import numpy as np
import pytest

from timeaudit.audit.assess import NO_DATA, VERDICT_LABELS
from timeaudit.categories import WORK
from timeaudit.render.charts import CATEGORY_COLOURS, FIT_COLOURS, VERDICT_COLOURS, verdict_bar_svg
from timeaudit.render.cohort import CohortPage, CohortSection, GroupRow, render_html

#: No category hue within this many degrees of a fit's (or a verdict's) hue. 40 degrees is
#: about the step from orange to yellow or from green to teal: the old palette's execution
#: orange sat 1 degree from amber, its capability green 39 from "on target" green.
MIN_HUE_DISTANCE = 40.0
#: A verdict's colour is one of the traffic light's: within this many degrees of a fit hue.
SAME_HUE = 20.0
#: Below this saturation a colour is a grey, with no hue to speak of.
GREY = 0.12
#: Two colours a colour-blind reader must tell apart differ by at least this ΔE*76.
MIN_DELTA_E = 10.0
#: Two categories differ by at least this much lightness (L*), so grey print keeps them apart.
MIN_LIGHTNESS_STEP = 10.0

STYLESHEETS = ("report.css", "summary.css")
#: The stylesheets' own fit and verdict tones (badge text and borders, verdict boxes).
CSS_TONES = ("green", "amber", "red")

#: linear RGB -> linear RGB as the reader sees it (Machado et al. 2009, severity 1.0)
VISION = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}
#: linear sRGB -> XYZ (D65)
XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
WHITE = np.array([0.95047, 1.0, 1.08883])


def rgb(colour: str) -> tuple[float, float, float]:
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", colour), colour
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return red, green, blue


def hue(colour: str) -> float:
    return colorsys.rgb_to_hsv(*rgb(colour))[0] * 360


def saturation(colour: str) -> float:
    return colorsys.rgb_to_hsv(*rgb(colour))[1]


def hue_distance(a: str, b: str) -> float:
    turn = abs(hue(a) - hue(b)) % 360
    return min(turn, 360 - turn)


def lab(colour: str, vision: str = "normal") -> np.ndarray:
    srgb = np.array(rgb(colour))
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    seen = np.clip(VISION[vision] @ linear, 0.0, 1.0)
    ratio = (XYZ @ seen) / WHITE
    f = np.where(ratio > (6 / 29) ** 3, np.cbrt(ratio), ratio / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def delta_e(a: str, b: str, vision: str) -> float:
    return float(np.linalg.norm(lab(a, vision) - lab(b, vision)))


def css_colours(sheet: str) -> dict[str, str]:
    """The custom properties of a stylesheet's :root that hold a colour: name -> #rrggbb."""
    text = (files("timeaudit.reports") / sheet).read_text(encoding="utf-8")
    root = text[text.index(":root") : text.index("}", text.index(":root"))]
    return {n: c.upper() for n, c in re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\b", root)}


def fit_colours() -> dict[str, str]:
    """Every colour that says how far from target: the charts' fits and the verdicts (bar
    the grey of "no data"), and the stylesheets' tones for badges and verdict boxes."""
    found = {f"fit {name}": colour for name, colour in FIT_COLOURS.items()}
    found |= {f"verdict {v}": c for v, c in VERDICT_COLOURS.items() if v != NO_DATA}
    for sheet in STYLESHEETS:
        tones = css_colours(sheet)
        found |= {f"{sheet} --{tone}": tones[tone] for tone in CSS_TONES}
    return found


def category_colour_pairs() -> list[tuple[str, str, str]]:
    return [(c, CATEGORY_COLOURS[c], name) for c in WORK for name in fit_colours()]


# -- hues -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("category", "colour", "fit"), category_colour_pairs(), ids=lambda x: str(x)
)
def test_no_category_colour_shares_a_hue_with_a_fit_colour(
    category: str, colour: str, fit: str
) -> None:
    other = fit_colours()[fit]
    assert saturation(colour) > GREY, f"{category} {colour} is a grey"
    distance = hue_distance(colour, other)
    assert distance >= MIN_HUE_DISTANCE, (
        f"{category} {colour} (hue {hue(colour):.0f}) is {distance:.0f} degrees from "
        f"{fit} {other} (hue {hue(other):.0f})"
    )


def test_verdicts_are_coloured_like_the_traffic_light_or_grey() -> None:
    assert set(VERDICT_COLOURS) == set(VERDICT_LABELS)
    assert saturation(VERDICT_COLOURS[NO_DATA]) < GREY
    for verdict, colour in VERDICT_COLOURS.items():
        if verdict == NO_DATA:
            continue
        nearest = min(hue_distance(colour, fit) for fit in FIT_COLOURS.values())
        assert nearest <= SAME_HUE, f"{verdict} {colour} is no fit colour's hue"
    assert len(set(VERDICT_COLOURS.values())) == len(VERDICT_COLOURS)


# -- the same colours everywhere -----------------------------------------------------------
@pytest.mark.parametrize("sheet", STYLESHEETS)
def test_the_stylesheets_use_the_charts_category_colours(sheet: str) -> None:
    declared = css_colours(sheet)
    names = {"strategy": "strategy", "capability": "capability-building"}
    shown = {names.get(n, n): declared[n] for n in ("strategy", "capability")}
    shown |= {n: declared[n] for n in ("execution", "firefighting")}
    assert shown == CATEGORY_COLOURS


def test_the_cohort_page_uses_the_charts_category_and_verdict_colours() -> None:
    counts = (1, 0, 0, 2, 0, 2, 0)
    labelled = [(v, lab, n) for (v, lab), n in zip(VERDICT_LABELS.items(), counts, strict=True)]
    bar = verdict_bar_svg(labelled)
    row = GroupRow("all", 5, "100.0", ("25.0%",) * len(WORK), counts, bar, "40.0%", "12.0%")
    page = CohortPage(
        "2026-10", 5, WORK, tuple(VERDICT_LABELS.items()), (CohortSection("team", (row,)),)
    )
    html = render_html(page, VERDICT_COLOURS)
    for category, colour in CATEGORY_COLOURS.items():
        assert f".cat-{category}::before {{ background: {colour}; }}" in html
        assert f'<span class="cat cat-{category}">{category}</span>' in html
    for verdict in ("fits", "over-planning", "off-target"):
        assert f"background: {VERDICT_COLOURS[verdict]}" in html  # the legend
        assert VERDICT_COLOURS[verdict].lower() in bar  # the bar


# -- colour-blind readers and grey print -------------------------------------------------------
@pytest.mark.parametrize("vision", VISION)
def test_colour_blind_readers_tell_every_category_from_the_others_and_from_the_fits(
    vision: str,
) -> None:
    categories = list(CATEGORY_COLOURS.items())
    for (a, ca), (b, cb) in itertools.combinations(categories, 2):
        assert delta_e(ca, cb, vision) >= MIN_DELTA_E, (vision, a, b)
    for (category, colour), (fit, other) in itertools.product(categories, FIT_COLOURS.items()):
        assert delta_e(colour, other, vision) >= MIN_DELTA_E, (vision, category, fit)


def test_grey_print_tells_the_categories_apart() -> None:
    lightness = sorted(float(lab(c)[0]) for c in CATEGORY_COLOURS.values())
    steps = [b - a for a, b in itertools.pairwise(lightness)]
    assert min(steps) >= MIN_LIGHTNESS_STEP, lightness


@pytest.mark.parametrize("sheet", ["report.css", "summary.css"])
def test_every_verdict_class_has_a_tone(sheet: str) -> None:
    """The verdict box is styled by its class; a class without a rule would fall back to a
    neutral box, and "fits, with 2 amber" must not read as a clean fit."""
    from importlib.resources import files

    from timeaudit.audit.assess import NO_DATA, VERDICT_LABELS

    css = (files("timeaudit.reports") / sheet).read_text(encoding="utf-8")
    classes = {*VERDICT_LABELS, "fits-with-caveats"} - {NO_DATA}
    missing = sorted(c for c in classes if f".verdict-{c}" not in css)
    assert missing == []
