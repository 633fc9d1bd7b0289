# presstrace: `make demo` and `make test` are the only two commands a new user needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo/demo.db

.PHONY: demo test bench clean setup browser serve-demo stop
PORT ?= 8000

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "presstrace needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@$(MAKE) --no-print-directory stop
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/presstrace ingest demo/ --db $(DEMO_DB) || echo "(some demo rows failed: see the errors above)"
	$(BIN)/presstrace stats --db $(DEMO_DB)
	$(BIN)/presstrace analyze demo/seed_article.txt --format summary
	$(BIN)/presstrace contacts Kislyak --db $(DEMO_DB)
	$(BIN)/presstrace contradictions --db $(DEMO_DB)
	@$(MAKE) --no-print-directory serve-demo

# The web interface over the demo store, in the background; `make stop` ends it.
serve-demo:
	@nohup $(BIN)/presstrace serve --db $(DEMO_DB) --port $(PORT) > demo/serve.log 2>&1 & echo $$! > demo/serve.pid
	@$(BIN)/python scripts/wait_for_http.py http://127.0.0.1:$(PORT)/openapi.json && kill -0 $$(cat demo/serve.pid) \
	  || { echo "the server did not start:"; cat demo/serve.log; exit 1; }
	@echo; echo "presstrace is serving the demo store at http://127.0.0.1:$(PORT)/  (stop it with: make stop)"

stop:
	@if [ -f demo/serve.pid ]; then kill $$(cat demo/serve.pid) 2>/dev/null || true; rm -f demo/serve.pid; fi

# Debian's chromium for the browser tests, installed when missing (no browser is ever downloaded by a test tool).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) browser
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_engine.py 2000 20000
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_web.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info $(DEMO_DB)*
