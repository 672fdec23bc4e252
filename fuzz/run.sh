#!/usr/bin/env bash
# Build one libFuzzer target (release, -sanitize=fuzzer,address) and fuzz it for SECONDS (default 60) from the seeds
# in fuzz/seeds/TARGET (made by fuzz/make_seeds.py when missing). Crashes, timeouts, OOMs and leaks are copied to
# corpus/regressions/fuzz-TARGET/.
#
#   bash fuzz/run.sh normalize 60
#   bash fuzz/run.sh all 60                   # every target in turn
#   FUZZ_ARGS="-dict=my.dict" bash fuzz/run.sh ofd 300     # more libFuzzer flags
#   bash fuzz/run.sh ofd repro FILE      # run one input (e.g. a kept crash) and show what happens
#
# Exit: 0 nothing found, 1 something found (or the build failed), 2 usage.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
TARGETS=(normalize extract specs ofd)

TARGET="${1:-}"
if [ -z "$TARGET" ]; then
  echo "usage: fuzz/run.sh TARGET|all [SECONDS] | TARGET repro FILE   (targets: ${TARGETS[*]})" >&2
  exit 2
fi
if [ "$TARGET" = all ]; then
  rc=0
  for t in "${TARGETS[@]}"; do bash "$0" "$t" "${2:-60}" || rc=1; done
  exit $rc
fi
case " ${TARGETS[*]} " in *" $TARGET "*) ;; *) echo "unknown target $TARGET (${TARGETS[*]})" >&2; exit 2;; esac

BUILD=(swift build -c release --package-path "$HERE" -Xswiftc -sanitize=fuzzer,address)
if ! "${BUILD[@]}" --product "$TARGET" >"/tmp/xueshi-fuzz-build-$TARGET.log" 2>&1; then
  tail -30 "/tmp/xueshi-fuzz-build-$TARGET.log" >&2
  echo "build failed (log: /tmp/xueshi-fuzz-build-$TARGET.log)" >&2
  exit 1
fi
BIN="$("${BUILD[@]}" --show-bin-path)/$TARGET"

# ASan's leak check is off: poppler, glib and fontconfig keep process-wide caches that it would report every run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:handle_abort=1}"
export XUESHI_ROOT="$ROOT"
# Swift's crash backtracer reads the dead process's memory, which ASan then reports as a second, bogus error.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

if [ "${2:-}" = repro ]; then
  exec "$BIN" -runs=1 "${3:?file}"
fi
SECONDS_TOTAL="${2:-60}"

[ -d "$HERE/seeds/$TARGET" ] || python3 "$HERE/make_seeds.py" >/dev/null
WORK="${FUZZ_WORK:-/tmp/xueshi-fuzz}/$TARGET"
mkdir -p "$WORK/corpus" "$WORK/artifacts"
rm -f "$WORK/artifacts"/*
MAXLEN=16384
[ "$TARGET" = ofd ] && MAXLEN=65536
[ "$TARGET" = specs ] && MAXLEN=65536

# Fork mode, going on past crashes, timeouts and OOMs: one known bug does not end the run (FUZZ_MODE= to stop at
# the first finding instead).
MODE="${FUZZ_MODE--fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1}"
echo "fuzzing $TARGET for ${SECONDS_TOTAL}s (corpus $WORK/corpus, seeds fuzz/seeds/$TARGET)"
"$BIN" $MODE -max_total_time="$SECONDS_TOTAL" -max_len="$MAXLEN" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$WORK/artifacts/" ${FUZZ_ARGS:-} "$WORK/corpus" "$HERE/seeds/$TARGET" >"$WORK/log.txt" 2>&1
status=$?
tail -25 "$WORK/log.txt"

found=0
shopt -s nullglob
DEST="$ROOT/corpus/regressions/fuzz-$TARGET"
for f in "$WORK/artifacts"/*; do
  mkdir -p "$DEST"
  cp "$f" "$DEST/"
  found=$((found + 1))
  echo "kept $(basename "$f") ($(stat -c %s "$f") bytes) in corpus/regressions/fuzz-$TARGET/"
done
echo "$TARGET: libFuzzer exit $status, $(ls "$WORK/corpus" | wc -l) corpus inputs, $found finding(s)"
if [ $found -gt 0 ]; then echo "fuzz: 0 passed, 1 failed"; exit 1; fi
echo "fuzz: 1 passed, 0 failed"
exit 0
