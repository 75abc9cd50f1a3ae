# sitrep: build, run, test, measure.
#
# SHARED is the folder of evaluation material and gazetteer sources that sits
# beside a checkout; every target that needs it says so when it is absent.
SHARED ?= ../shared
SRC ?= $(SHARED)/gazetteer-sources
GO ?= go
BIN ?= bin/sitrep
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build run test lint bench bench-scale eval gazetteer fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/sitrep

# The main job on a bundled example report.
run:
	$(GO) run ./cmd/sitrep extract --published 2024-03-09 --format yaml testdata/reports/idlib-hama-twin-attacks.txt

test:
	$(GO) vet ./...
	SITREP_GAZETTEER_SRC=$(abspath $(SRC)) $(GO) test -race ./...

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) run $(STATICCHECK) ./...

# Regenerate the embedded place data from the OCHA and GeoNames tables.
gazetteer:
	@test -d $(SRC) || { echo "make gazetteer: $(SRC) is absent: the gazetteer sources live in ../shared/gazetteer-sources"; exit 1; }
	SITREP_GAZETTEER_SRC=$(abspath $(SRC)) $(GO) generate ./gazetteer

eval: build
	@sh scripts/eval.sh $(BIN) $(SHARED)

# Throughput against the floor and a naive pipeline on one generated corpus,
# then the per-stage Go benchmarks (see scripts/bench.sh for its knobs).
bench: build
	@sh scripts/bench.sh $(BIN)

# Peak memory and throughput over a generated 1 GB folder (several minutes).
bench-scale: build
	@sh scripts/bench-scale.sh $(BIN)

fuzz:
	$(GO) test ./extract/casualty -run '^$$' -fuzz FuzzParse$$ -fuzztime 30s

clean:
	rm -rf bin
