"""docs/indicators.md, generated from the catalogue so the documentation never drifts from the weights."""

from __future__ import annotations

from kartlegg.assess.catalogue import Catalogue, Indicator

_LEVEL_ORDER = {"ad": 0, "profile": 1, "network": 2}


def _cell(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def _indicator_section(ind: Indicator, catalogue: Catalogue) -> list[str]:
    lines = [f"### `{ind.id}`: {ind.title}", ""]
    lines.append(_cell(ind.description))
    lines.append("")
    lines.append(f"- level: **{ind.level}** (detector `{ind.detector}`)")
    lines.append(f"- weights: minor **{ind.weights.minor:g}**, third party **{ind.weights.third_party:g}**")
    counted = f"fires at {ind.fires_at:g}, full strength at {ind.saturates_at:g}"
    lines.append(f"- counting: {counted}")
    if ind.params:
        shown = {k: v for k, v in ind.params.items() if k != "name_intros"}
        if shown:
            lines.append("- parameters: " + ", ".join(f"`{k}` = {v}" for k, v in sorted(shown.items())))
    if ind.sensitive:
        lines.append(
            "- **sensitive**: counts only next to a non-sensitive finding and never lifts an entity into the top decile"
        )
    lines.append(f"- basis: {ind.basis}")
    lines.append("")
    lines.append(f"Rationale: {_cell(ind.rationale)}")
    lines.append("")
    if ind.lexicon:
        lines.append("| language | terms |")
        lines.append("|---|---|")
        for lang in ("sv", "no", "da", "en", "emoji"):
            terms = ind.lexicon.get(lang, [])
            if terms:
                lines.append(f"| {lang} | {_cell(', '.join(terms))} |")
        lines.append("")
    lines.append("Sources:")
    lines.append("")
    for key in ind.sources:
        lines.append(f"- {_cell(catalogue.sources[key].citation)}")
    lines.append("")
    return lines


def render_markdown(catalogue: Catalogue) -> str:
    """The indicator reference as Markdown (``kartlegg indicators --markdown``)."""
    s = catalogue.settings
    out = [
        "# Risk indicators",
        "",
        "<!-- GENERATED from src/kartlegg/assess/data/indicators.yaml by `kartlegg indicators --markdown`; "
        "do not edit by hand. -->",
        "",
        "Each indicator is a finding about an ad, a profile (one person) or a network (persons one controller "
        "runs), with the evidence it was read from. A finding's strength s is its count divided by the count "
        "at which it saturates (0 below the count at which it fires, at most 1); it contributes "
        "c = weight x s to a score, and a score is 100 x (1 - prod(1 - c)) over the listed contributions. "
        "`risk_score` (the overall priority) uses the larger of a finding's minor and third-party "
        "contributions. An ad's score also lists its profile's and network's findings; a profile's lists its "
        "ads' and network's; a network's lists all its profiles'.",
        "",
        f'Triage lists every profile with `minor_score` >= {s.minor_first_threshold:g} first ("sex trade with '
        'children is always prioritised"), then the rest by `risk_score`. The same threshold is the one "likely '
        'minor" flag of every workbench page, the CLI and the operations statistics '
        "(`assess.queries.is_minor_first`).",
        "",
        *([" ".join(s.minor_first_rationale.split()), ""] if s.minor_first_rationale.strip() else []),
        f"Fairness guard: a sensitive indicator weighs at most {s.sensitive_max_weight:g}, counts only next to a "
        f"non-sensitive finding, and never lifts an entity past the top-{round((1 - s.fairness_quantile) * 100)}% "
        "boundary that the non-sensitive findings define.",
        "",
        "| id | level | minor | third party | basis | title |",
        "|---|---|---|---|---|---|",
    ]
    ordered = sorted(catalogue.indicators, key=lambda i: (_LEVEL_ORDER[i.level], i.id))
    for ind in ordered:
        out.append(
            f"| `{ind.id}` | {ind.level} | {ind.weights.minor:g} | {ind.weights.third_party:g} | {ind.basis} | "
            f"{_cell(ind.title)}{' (sensitive)' if ind.sensitive else ''} |"
        )
    out.append("")
    for level in ("ad", "profile", "network"):
        out.append(f"## {level.capitalize()} level")
        out.append("")
        for ind in ordered:
            if ind.level == level:
                out.extend(_indicator_section(ind, catalogue))
    out.append("## Sources")
    out.append("")
    for key in sorted(catalogue.sources):
        src = catalogue.sources[key]
        out.append(f"- `{key}` ({src.kind}): {_cell(src.citation)}")
    out.append("")
    return "\n".join(out)
