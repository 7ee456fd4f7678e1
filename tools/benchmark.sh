#!/usr/bin/env bash
# Measures the course's run and build times in one go and regenerates README's performance table.
#
#   tools/benchmark.sh            everything (takes ~10-15 min on 2 cores): floors, build with 1 and N jobs, dotnet test
#   tools/benchmark.sh --quick    skips `dotnet test` (and takes 1 sample per floor instead of 3)
#   options: --jobs N (default: nproc), --samples K (floor samples, default 3), --no-readme (do not touch README.md)
#
# Run it on a quiet machine (check `uptime`): every figure is wall time. Results: artifacts/bench/results.md,
# and the block between <!-- performance-table --> and <!-- /performance-table --> in README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick=0; jobs="$(nproc)"; samples=3; readme=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; samples=1 ;;
    --jobs) jobs="$2"; shift ;;
    --samples) samples="$2"; shift ;;
    --no-readme) readme=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

bench="$root/artifacts/bench"
mkdir -p "$bench"
log="$bench/benchmark.log"
: > "$log"
cli=(dotnet "$root/src/NeuroBalance.Cli/bin/Debug/net10.0/NeuroBalance.Cli.dll")

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Times a command (output to the log); prints the wall seconds. A failing command stops the benchmark.
timed() {
  local start end
  echo "\$ $*" >> "$log"
  start=$(now)
  if ! "$@" >> "$log" 2>&1; then echo "failed: $* (see $log)" >&2; exit 1; fi
  end=$(now)
  seconds "$start" "$end"
}
sample() { local i; for ((i = 0; i < samples; i++)); do timed "$@"; echo; done | grep -v '^$' | median; }

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), jobs: $jobs" | tee -a "$log"
echo "building the CLI and the lessons library..."
timed dotnet build "$root/src/NeuroBalance.Cli" -v q -nologo > /dev/null
timed dotnet build "$root/src/NeuroBalance.Lessons" -v q -nologo > /dev/null
timed dotnet tool restore > /dev/null

# The floor: a trivial notebook (three cells, each `1`), in the notebooks' folder depth so nothing differs but the cells.
trivial="$bench/trivial.dib"
printf '#!meta\n\n{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}\n\n#!csharp\n\n1\n\n#!csharp\n\n1\n\n#!csharp\n\n1\n' > "$trivial"
echo "floor: trivial notebook in dotnet-repl ($samples sample(s))..."
repl=$(cd "$bench" && sample dotnet tool run dotnet-repl -- --run trivial.dib --exit-after-run)
echo "floor: trivial notebook through the runner (neurobalance run, whole process)..."
runner=$(sample "${cli[@]}" run "$trivial" --jobs 1)
runner_toolrun=$(NEUROBALANCE_KERNEL_LAUNCH=tool-run sample "${cli[@]}" run "$trivial" --jobs 1)

notebooks=$(python3 -c "import json;print(len(json.load(open('notebooks/course.json'))['lessons']))")
echo "course build ($notebooks notebooks) with 1 job..."
build1=$(timed "${cli[@]}" build --jobs 1 --output "artifacts/bench/course-jobs-1")
echo "course build with $jobs jobs..."
buildn=$(timed "${cli[@]}" build --jobs "$jobs" --output "artifacts/bench/course-jobs-$jobs")

same=$( (python3 "$root/tools/compare-sites.py" "artifacts/bench/course-jobs-1" "artifacts/bench/course-jobs-$jobs" || true) | tail -1)
echo "1 job vs $jobs jobs: $same"
ipynb_max=$(find "artifacts/bench/course-jobs-$jobs" -maxdepth 1 -name '*.ipynb' -printf '%s\n' | sort -n | tail -1 | awk '{ printf "%.2f", $1 / 1048576 }')
ipynb_min=$(find "artifacts/bench/course-jobs-$jobs" -maxdepth 1 -name '*.ipynb' -printf '%s\n' | sort -n | head -1 | awk '{ printf "%.2f", $1 / 1048576 }')

tests="skipped (--quick)"
if [[ $quick -eq 0 ]]; then
  echo "dotnet test (the whole solution)..."
  tests_s=$(timed dotnet test)
  tests="$tests_s s ($(awk -v s="$tests_s" 'BEGIN { printf "%d min %02d s", s / 60, s % 60 }'))"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"

floor_course=$(awk -v n="$notebooks" -v r="$repl" 'BEGIN { printf "%.1f", n * r }')
table=$(cat <<TABLE
| measure ($(date -u +%Y-%m-%d), $(nproc) cores, load average before $load_before, after $(cut -d' ' -f1 /proc/loadavg)) | time | ratio |
| --- | ---: | ---: |
| floor: trivial 3-cell notebook, whole \`dotnet-repl --run\` process | $repl s | 1 |
| floor: the same notebook through the runner (\`neurobalance run\`, whole process, kernel started directly) | $runner s | $(ratio "$runner" "$repl") × dotnet-repl |
| the same, kernel started through \`dotnet tool run\` | $runner_toolrun s | $(ratio "$runner_toolrun" "$repl") × dotnet-repl |
| course build, $notebooks notebooks, 1 job | $build1 s | $(ratio "$build1" "$floor_course") × ($notebooks × dotnet-repl floor) |
| course build, $jobs jobs | $buildn s | $(ratio "$buildn" "$floor_course") × ($notebooks × dotnet-repl floor); speed-up $(ratio "$build1" "$buildn") × |
| exported lesson \`.ipynb\` (course build, chart images included) | $ipynb_min–$ipynb_max MB | |
| site of 1 job vs $jobs jobs (\`tools/compare-sites.py\`) | $same | |
| \`dotnet test\` (whole solution) | $tests | |
TABLE
)
{ echo "$table"; echo; echo "Command: tools/benchmark.sh $( [[ $quick -eq 1 ]] && echo --quick ) --jobs $jobs --samples $samples; log: artifacts/bench/benchmark.log"; } > "$bench/results.md"
echo
echo "$table"

if [[ $readme -eq 1 ]]; then
  python3 - "$root/README.md" "$bench/results.md" <<'PY'
import sys, re
readme, results = sys.argv[1], open(sys.argv[2]).read().strip()
text = open(readme).read()
start = "<!-- performance-table: generated by tools/benchmark.sh; run it on a quiet machine to refresh -->"
end = "<!-- /performance-table -->"
pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
if not pattern.search(text):
    sys.exit("README.md has no performance-table block")
open(readme, "w").write(pattern.sub(lambda _: start + "\n" + results + "\n" + end, text))
print("README.md: performance table regenerated")
PY
fi
