"""Reading PolNeAR brat standoff: tiny splits made on disk, and the real dev split when present."""

from __future__ import annotations

import pytest

from saidwhat.errors import DatasetError
from saidwhat.evaluate.polnear import annotation_file, parse_ann, read_polnear

from .conftest import brat_offsets

TEXT = (
    "Sources said the plan was dead.\n\n"
    "“It is over,” the aide said, “finished.”\n\n"
    "It was reported that talks failed.\n\n"
    "Follow us on Twitter.\n"
)


def _at(fragment: str, nth: int = 0) -> str:
    return brat_offsets(TEXT, fragment, nth)


ANN = "\n".join(
    [
        f"T1\tSource {_at('Sources')}\tSources",
        f"T2\tCue {_at('said')}\tsaid",
        f"T3\tContent {_at('the plan was dead')}\tthe plan was dead",
        f"T4\tAttribution {_at('said')}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # A discontinuous content: the quote around its cue.
        f"T5\tContent {_at('“It is over,”')};{_at('“finished.”')}\t“It is over,” “finished.”",
        f"T6\tSource {_at('the aide')}\tthe aide",
        f"T7\tCue {_at('said', 1)}\tsaid",
        f"T8\tAttribution {_at('said', 1)}\tsaid",
        "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5 ",
        # No source; the content is split over two spans with Content2.
        f"T9\tCue {_at('was reported')}\twas reported",
        f"T10\tContent {_at('talks')}\ttalks",
        f"T11\tContent {_at('failed')}\tfailed",
        f"T12\tAttribution-no-source {_at('was reported')}\twas reported",
        "E3\tAttribution-no-source:T12 Cue:T9 Content:T10 Content2:T11",
        # Span text over a line break continues on the next line.
        f"T13\tDiscuss {_at('dead.')};{_at('“It')}\tdead.",
        "“It",
        f"T14\tDiscard {_at('Follow us on Twitter.')}\tFollow us on Twitter.",
        "#1\tAnnotatorNotes T3\tIs this a belief?",
        "E4\tAttribution:T4 ",  # an empty event: nothing to score
        "",
    ]
)
METADATA = (
    "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
    "dev\tnyt_2016-01-01_plan\t4\t4e07\tnyt\t2016-01-01\tA. Writer\tThe Plan Is Dead\n"
)


def test_parse_ann_reads_every_attribution_shape():
    found = parse_ann(ANN, TEXT, source="x.ann")
    by_id = {a.id: a for a in found.attributions}
    assert sorted(by_id) == ["E1", "E2", "E3"]
    assert found.skipped == 1
    assert [s.text for s in by_id["E1"].source] == ["Sources"]
    assert [s.text for s in by_id["E2"].content] == ["“It is over,”", "“finished.”"]
    assert [s.text for s in by_id["E3"].content] == ["talks", "failed"]
    assert by_id["E3"].source == ()
    assert [s.text for s in by_id["E3"].cue] == ["was reported"]
    assert [s.text for s in found.ignored] == ["Follow us on Twitter."]


def test_read_polnear_uses_the_alphabetically_first_annotation_and_metadata(make_split):
    other = "\n".join(
        [f"T1\tContent {_at('talks failed')}\ttalks failed", "E1\tAttribution-no-source:T1 Content:T1", ""]
    )
    split = make_split({"nyt_2016-01-01_plan": (TEXT, {"ef2d": other, "4e07": ANN})}, METADATA)
    [document] = read_polnear(split)
    assert document.annotation == "nyt_2016-01-01_plan_4e07.ann"
    assert len(document.attributions) == 3
    assert document.article.id == "nyt_2016-01-01_plan"
    assert document.article.published == "2016-01-01"
    assert document.article.title == "The Plan Is Dead"


def test_annotation_file_ignores_articles_whose_name_extends_this_one(make_split):
    split = make_split({"a": (TEXT, {"ffff": ANN}), "a_b": (TEXT, {"0000": ANN})})
    assert annotation_file("a", split / "attributions").name == "a_ffff.ann"
    assert annotation_file("a_b", split / "attributions").name == "a_b_0000.ann"


def test_limit_takes_the_first_articles_by_name_and_metadata_is_optional(make_split):
    split = make_split({name: (TEXT, {"4e07": ANN}) for name in ("c", "a", "b")})
    documents = read_polnear(split, limit=2)
    assert [d.article.id for d in documents] == ["a", "b"]
    assert documents[0].article.published is None


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tContent 5 999\tx\nE1\tAttribution:T1 Content:T1\n", "x.ann:1: span 5-999 lies outside"),
        ("T1\tContent 0 7\tSources\nE1\tAttribution:T1 Content:T9\n", "x.ann:2: event E1 refers to 'T9'"),
        ("T1\tContent 0 7\tSources\nE1\tAttribution:T1 Speaker:T1\n", "x.ann:2: unknown role 'Speaker'"),
        ("T1\tContent zero 7\tSources\n", "x.ann:1: cannot read text-bound annotation"),
    ],
)
def test_malformed_annotations_name_the_file_and_line(ann, message):
    with pytest.raises(DatasetError, match=message):
        parse_ann(ann, TEXT, source="x.ann")


def test_a_missing_annotation_file_or_folder_is_a_dataset_error(make_split, tmp_path):
    split = make_split({"a": (TEXT, {})})
    with pytest.raises(DatasetError, match=r"no annotation file for article 'a'"):
        read_polnear(split)
    with pytest.raises(DatasetError, match="not a PolNeAR split directory"):
        read_polnear(tmp_path)


def test_real_dev_split_reads_completely(shared_polnear_dev):
    documents = read_polnear(shared_polnear_dev)
    assert len(documents) == 84
    assert sum(len(d.attributions) for d in documents) == 2192
    assert all(d.article.published for d in documents)
    # Every span is an exact slice of its article.
    for document in documents:
        for attribution in document.attributions:
            for span in (*attribution.content, *attribution.cue, *attribution.source):
                assert document.article.text[span.start : span.end] == span.text
