"""The accuracy gate: scores on PolNeAR dev and on our gold may rise, never silently fall.

Each model (the quote rules and the shipped learned model) has floors of its own.
"""

import json
import os
from pathlib import Path

import pytest

from saidwhat.evaluate import evaluate_gold, evaluate_polnear

from .conftest import ROOT, SHARED

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text(encoding="utf-8"))
TOLERANCE = 0.005
POLNEAR_DEV = SHARED / "datasets" / "polnear" / "dev"
MODELS = ("rules", "learned")


def lookup(result: dict, dotted: str) -> float:
    value = result
    for key in dotted.split("."):
        value = value[key]
    return value


@pytest.fixture(scope="module", params=MODELS)
def model(request):
    return request.param


@pytest.fixture(scope="module")
def gold_result(nlp, model):
    return evaluate_gold(ROOT / "tests" / "gold" / "gold.jsonl", nlp=nlp, model=model)


@pytest.fixture(scope="module")
def polnear_result(nlp, model):
    if not POLNEAR_DEV.is_dir():
        message = f"PolNeAR dev not found at {POLNEAR_DEV}: put ../shared beside the repository to run the gate"
        if os.environ.get("SAIDWHAT_REQUIRE_GATE"):
            pytest.fail(message)  # CI sets it: a gate that silently skips guards nothing
        pytest.skip(message)
    return evaluate_polnear(POLNEAR_DEV, nlp=nlp, model=model)


def test_every_model_has_the_same_floors():
    assert FLOORS["learned"]["gold"].keys() == FLOORS["rules"]["gold"].keys()
    assert FLOORS["learned"]["polnear_dev"].keys() == FLOORS["rules"]["polnear_dev"].keys()


@pytest.mark.parametrize("metric", sorted(FLOORS["rules"]["gold"]))
def test_gold_floor(gold_result, model, metric):
    assert lookup(gold_result, metric) >= FLOORS[model]["gold"][metric] - TOLERANCE


@pytest.mark.parametrize("metric", sorted(FLOORS["rules"]["polnear_dev"]))
def test_polnear_dev_floor(polnear_result, model, metric):
    assert lookup(polnear_result, metric) >= FLOORS[model]["polnear_dev"][metric] - TOLERANCE
