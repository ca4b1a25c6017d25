# newsgraph: `make demo` builds the example graph, `make test` runs the suite,
# `make test-fast` the in-process tests (the edit loop, under 2 minutes).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out

.PHONY: install demo test test-fast soak soak-20mb bench bench-throughput bench-rdf bench-events bench-inputs screenshot clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -e '.[dev]'
	touch $@

demo: install
	$(VENV)/bin/newsgraph build examples/ -o $(OUT)
	@echo "Open $(abspath $(OUT))/graph.html in a browser."

# Two processes (pytest-xdist), one file per process at a time: file-scoped fixtures stay shared.
test: install
	$(PY) -m pytest -q -n 2 --dist loadfile tests

# No browser, server, notebook kernel, Dask cluster or newsgraph subprocess.
FAST := not browser and not server and not notebook and not slow and not soak
test-fast: install
	$(PY) -m pytest -q -m "$(FAST)" tests

# Web inputs: 2,000 generated pages through trafilatura and the copy finder; a 500 MB WARC.gz streamed (~6 min).
bench-inputs: install
	$(PY) benchmarks/inputs.py

bench-rdf: install
	$(PY) benchmarks/rdf_io.py --cache /tmp/rdf_io_facts.pkl

bench-events: install
	$(PY) benchmarks/events_dev.py

screenshot: demo
	$(PY) scripts/screenshot.py $(OUT) docs/screenshot.png --relation

# The load tests, CI runs them after make test: 5,000 documents into the store
# in three interrupted runs, and a 20 MB single document built in full with
# two workers, piece by piece in bounded memory.
soak: install
	$(PY) -m pytest -q -m soak tests/hardening

# The 20 MB document alone.
soak-20mb: install
	$(PY) -m pytest -q -m soak tests/hardening -k "20_mb"

bench: install
	$(PY) -m pip install -e '.[bench]'
	$(PY) benchmarks/carb_dev.py
	$(PY) benchmarks/events_dev.py
	$(PY) benchmarks/throughput.py --words 200000 --no-scaling

# The full throughput benchmark of docs/PERFORMANCE.md: 1M words, scaling at 1x/2x/4x (~45 min).
bench-throughput: install
	$(PY) -m pip install -e '.[bench]'
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(OUT) .pytest_cache tests/artifacts
