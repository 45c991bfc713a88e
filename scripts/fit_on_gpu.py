"""Train the MiniLM tagger on a GPU machine that has torch but not spaCy.

``saidwhat train polnear --backbone minilm`` prepares, fits and exports in one
go; on a CPU the fit takes hours. This splits it in three, so that only the fit
runs on the GPU, for several settings at once (one process each) of which the
best on the held-out tenth of the training articles are kept:

    python scripts/fit_on_gpu.py prepare ../shared/datasets/polnear/train .gpu   # here, with spaCy
    python3 scripts/fit_on_gpu.py fit .gpu OUT                                  # there; FIT_SWEEP=2 for the second sweep
    python scripts/fit_on_gpu.py assemble OUT NAME MODEL                        # here: an int8 model folder

The shipped model is a soup, the mean of runs from one start (docs/model-card.md):

    FIT_SWEEP=soup FIT_KEEP=0 python3 scripts/fit_on_gpu.py fit .gpu OUT        # there: eight runs
    FIT_SWEEP=soup2 FIT_KEEP=0 python3 scripts/fit_on_gpu.py fit .gpu OUT       # there, same machine: eight more
    python3 scripts/fit_on_gpu.py soup .gpu OUT                                 # there: soup-greedy, soup-uniform
    python scripts/fit_on_gpu.py assemble OUT soup-greedy MODEL                 # here
    python scripts/fit_on_gpu.py linker ../shared/datasets/polnear/train MODEL  # here: the soup's runs predate the learned linker

``prepare`` writes ``train.npz`` (``train_minilm.save_prepared``) and
``base.safetensors``: MiniLM's weights in float16 with its word-piece embeddings
only for the pieces in ``rows`` (the embeddings are frozen, so no other row is
read), small enough to travel with the repository. ``fit`` writes the best
runs' weights (float16, ``NAME.safetensors.00``, ``.01``: parts under 16 MB)
and every run's log and ``model.json`` in ``sweep.json`` (a later call into
the same OUT adds its runs). ``assemble`` joins a
run's parts and exports it with the released embeddings.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
import types
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
SWEEP = [  # compared on held-out train articles only
    {"name": "lr5e-5", "learn_rate": 5e-5, "epochs": 12},
    {"name": "lr1e-4", "learn_rate": 1e-4, "epochs": 12},
    {"name": "lr2e-4", "learn_rate": 2e-4, "epochs": 12},
    {"name": "lr3e-5-e16", "learn_rate": 3e-5, "epochs": 16},
    {"name": "lr5e-5-e20", "learn_rate": 5e-5, "epochs": 20},
    {"name": "lr1e-4-e20", "learn_rate": 1e-4, "epochs": 20},
    {"name": "lr5e-5-s1", "learn_rate": 5e-5, "epochs": 12, "seed": 1},
    {"name": "lr8e-5-b8", "learn_rate": 8e-5, "epochs": 12, "batch_size": 8},
]
SWEEP_2 = [  # the second sweep, around the best of the first (lr2e-4); the shipped model is lr3e-4-e16
    {"name": "lr2e-4-s1", "learn_rate": 2e-4, "epochs": 12, "seed": 1},
    {"name": "lr2e-4-s2", "learn_rate": 2e-4, "epochs": 12, "seed": 2},
    {"name": "lr3e-4", "learn_rate": 3e-4, "epochs": 12},
    {"name": "lr3e-4-e16", "learn_rate": 3e-4, "epochs": 16},
    {"name": "lr2e-4-e16", "learn_rate": 2e-4, "epochs": 16},
    {"name": "lr1.5e-4-e16", "learn_rate": 1.5e-4, "epochs": 16},
    {"name": "lr4e-4", "learn_rate": 4e-4, "epochs": 12},
    {"name": "lr3e-4-b32-e16", "learn_rate": 3e-4, "epochs": 16, "batch_size": 32},
]
SWEEP_SOUP = [  # the second sweep's best setting from one head start, eight batch orders: to be averaged (``soup``)
    {"name": f"soup-s{seed}", "learn_rate": 3e-4, "epochs": 16, "seed": seed, "init_seed": 0} for seed in range(1, 9)
]
SWEEP_SOUP_2 = [  # eight more, in a second call; the shipped soup's time limit stopped these after epoch 12 (two after 13, best earlier)
    {**setting, "name": f"soup-s{seed}", "seed": seed, "last_epoch": 12} for seed, setting in zip(range(9, 17), SWEEP_SOUP)
]
KEEP = int(os.environ.get("FIT_KEEP", 3))  # the best runs whose weights come back (float16, in parts)
PART = 15 * 1024 * 1024
WORK = Path("/tmp/fits")  # every run's full output, on the machine that fits
STOP_AFTER = float(os.environ.get("FIT_STOP_AFTER", 420))  # seconds: the machine is lent for minutes
DEVICE = os.environ.get("FIT_DEVICE", "cuda")  # FIT_DEVICE=cpu FIT_SMOKE=1: a one-epoch try of this script
if os.environ.get("FIT_SWEEP"):  # "2", or a JSON list of settings like SWEEP's
    SWEEP = {"2": SWEEP_2, "soup": SWEEP_SOUP, "soup2": SWEEP_SOUP_2}.get(os.environ["FIT_SWEEP"]) or json.loads(os.environ["FIT_SWEEP"])
if os.environ.get("FIT_SMOKE"):
    SWEEP = [{"name": "smoke-a", "learn_rate": 5e-5, "epochs": 1, "init_seed": 0}, {"name": "smoke-b", "learn_rate": 1e-4, "epochs": 1, "seed": 1, "init_seed": 0}]


def _modules() -> None:
    """Import saidwhat.learned's training modules without running the package's spaCy imports."""
    for name in ("saidwhat", "saidwhat.learned"):
        module = types.ModuleType(name)
        module.__path__ = [str(SRC / name.replace(".", "/"))]
        sys.modules[name] = module


def base_weights(path: Path) -> dict:
    import numpy
    from safetensors.numpy import load_file

    stored = load_file(str(path))
    weights = {k: v.astype("float32") for k, v in stored.items() if k not in ("rows", "word_rows")}
    embeddings = numpy.zeros((30522, 384), dtype="float32")
    embeddings[stored["rows"]] = stored["word_rows"].astype("float32")
    weights["embeddings.word_embeddings.weight"] = embeddings
    return weights


def run(setting: dict, data: str, out: str) -> dict:
    _modules()
    from saidwhat.learned.train_minilm import fit, load_prepared

    setting = dict(setting)
    name = setting.pop("name")
    started = time.monotonic()
    prepared = load_prepared(Path(data) / "train.npz")
    best = fit(prepared, base_weights(Path(data) / "base.safetensors"), Path(out) / name, device=DEVICE, stop_after=STOP_AFTER,
               progress=lambda line: print(f"[{name}] {line}", flush=True), **setting)
    return {"name": name, "best": best, "seconds": round(time.monotonic() - started)}


def prepare(train: str, data: str) -> None:
    import numpy
    from safetensors.numpy import load_file, save_file

    from saidwhat.learned.train_minilm import base_dir
    from saidwhat.learned.train_minilm import prepare as prepare_arrays
    from saidwhat.learned.train_minilm import save_prepared
    from saidwhat.nlp import load_nlp

    target = Path(data)
    target.mkdir(parents=True, exist_ok=True)
    save_prepared(prepare_arrays(load_nlp(), train), target / "train.npz")
    with numpy.load(target / "train.npz") as stored:
        rows = numpy.unique(numpy.concatenate([stored["ids"], [0, 101, 102]]))  # [PAD], [CLS], [SEP]
    released = load_file(str(base_dir() / "model.safetensors"))
    base = {k: v.astype("float16") for k, v in released.items() if k not in ("embeddings.word_embeddings.weight", "embeddings.position_ids")}
    base["rows"] = rows
    base["word_rows"] = released["embeddings.word_embeddings.weight"][rows].astype("float16")
    save_file(base, str(target / "base.safetensors"))
    print(f"{target}: {len(rows)} word pieces")


def linker(train: str, model: str) -> None:
    """Learn the linker's weights (``train_link``) from the learn articles of ``train`` into ``model``'s ``model.json``.

    ``prepare`` stores them for ``fit`` to write; this gives them to a model
    folder fitted before the linker was learned, as the shipped soup was.
    """
    from saidwhat.evaluate.polnear import read_polnear
    from saidwhat.learned.train import learn_links, parse, split
    from saidwhat.nlp import load_nlp

    documents = read_polnear(train)
    examples = parse(load_nlp(), documents, print)
    path = Path(model) / "model.json"
    meta = json.loads(path.read_text())
    meta["linker"] = learn_links(examples, documents)
    path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"{path}: linker from {len(split(examples)[0])} articles")


def assemble(out: str, name: str, model: str) -> None:
    from safetensors.numpy import load_file, save_file

    from saidwhat.learned.train_minilm import base_dir, export, soup_model

    runs = {r["name"]: r for r in json.loads((Path(out) / "sweep.json").read_text())["runs"]}
    if name in runs:
        meta, log = runs[name]["model"], runs[name]["log"]
    else:  # a soup: its runs' settings and logs, its own held-out score
        souped = json.loads((Path(out) / "soup.json").read_text())[name.removeprefix("soup-")]
        names = souped.pop("runs", None) or sorted(runs)
        meta, log = soup_model({n: r["model"] for n, r in runs.items()}, {n: r["log"] for n, r in runs.items()}, names, souped)
    target = Path(model)
    target.mkdir(parents=True, exist_ok=True)
    (target / "model.json").write_text(json.dumps(meta, indent=2) + "\n")
    (target / "train-log.jsonl").write_text("".join(json.dumps(line) + "\n" for line in log))
    blob = b"".join(p.read_bytes() for p in sorted(Path(out).glob(f"{name}.safetensors.*")))
    (target / "half.safetensors").write_bytes(blob)
    weights = {k: v.astype("float32") for k, v in load_file(str(target / "half.safetensors")).items()}
    save_file(weights, str(target / "weights.safetensors"))
    (target / "half.safetensors").unlink()
    export(target, base_dir())
    print(f"{target}: {meta['best']}")


def fit(data: str, out: str) -> None:
    with multiprocessing.get_context("spawn").Pool(len(SWEEP)) as pool:
        results = pool.starmap(run, [(s, data, str(WORK)) for s in SWEEP])
    from safetensors.numpy import load_file

    for r in results:
        r["log"] = [json.loads(line) for line in (WORK / r["name"] / "train-log.jsonl").read_text().splitlines()]
        r["model"] = json.loads((WORK / r["name"] / "model.json").read_text())
    results.sort(key=lambda r: -r["best"]["mean"])
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    sweep = target / "sweep.json"
    earlier = [r for r in json.loads(sweep.read_text())["runs"] if r["name"] not in {s["name"] for s in SWEEP}] if sweep.exists() else []
    sweep.write_text(json.dumps({"kept": [r["name"] for r in results[:KEEP]], "runs": earlier + results}, indent=1))  # a second call adds its runs
    for r in results[:KEEP]:
        write_parts(load_file(str(WORK / r["name"] / "weights.safetensors")), target / r["name"])
    print(json.dumps({r["name"]: r["best"] for r in results}, indent=1))


def write_parts(weights: dict, stem: Path) -> None:
    """Weights in float16 as ``STEM.safetensors.00``, ``.01``, ...: files small enough to come back."""
    from safetensors.numpy import save_file

    save_file({k: v.astype("float16") if v.dtype.kind == "f" else v for k, v in weights.items()}, str(WORK / "half.safetensors"))
    blob = (WORK / "half.safetensors").read_bytes()
    for i in range(0, len(blob), PART):
        stem.with_name(f"{stem.name}.safetensors.{i // PART:02d}").write_bytes(blob[i : i + PART])


def soup(data: str, out: str) -> None:
    """Average the runs fitted on this machine (a "model soup"), compared on the held-out articles.

    Scored (``train_minilm.soup``): each run, the greedy soup and the mean of
    all ("uniform"), and, as a ceiling, the ensemble that averages all runs'
    scores (as many times the cost at run time). The two soups' weights come back.
    """
    from safetensors.numpy import load_file

    _modules()
    from saidwhat.learned.train_minilm import average, held_out_scorer, load_prepared
    from saidwhat.learned.train_minilm import soup as make_soup

    prepared = load_prepared(Path(data) / "train.npz")
    score = held_out_scorer(prepared, base_weights(Path(data) / "base.safetensors"), device=DEVICE)
    runs = {path.parent.name: load_file(str(path)) for path in sorted(WORK.glob("*/weights.safetensors"))}  # every fit on this machine
    result = {**make_soup(runs, score), "ensemble": score(list(runs.values()))}
    (Path(out) / "soup.json").write_text(json.dumps(result, indent=1))
    write_parts(average([runs[n] for n in result["greedy"]["runs"]]), Path(out) / "soup-greedy")
    write_parts(average(list(runs.values())), Path(out) / "soup-uniform")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"prepare": prepare, "fit": fit, "soup": soup, "assemble": assemble, "linker": linker}[command](*arguments)
