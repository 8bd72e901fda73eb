#!/usr/bin/env bash
# Times whole `./rlsim run` commands as a user types them: wall time and CPU time (user + system) of
# each of N runs, then the median, the fastest and the slowest. Uses hyperfine when it is installed
# (Debian: apt-get install hyperfine) for the wall-clock figures; the CPU figures come from bash's
# own `times`. The machine's load average is printed before and after, to judge how noisy it was.
#
#   bench/whole-run.sh [N] [-- extra run options]     default N = 7
#   RLSIM_BENCH_TARGETS="scenarios/oral-vs-iv.yaml scenarios/" bench/whole-run.sh 7
#
# Each target is run N times into a fresh temporary folder (the charts and CSV of every run are
# written, as in class); one untimed warm-up run comes first so the jar and the class-data archive exist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-7}"
shift || true
[ "${1:-}" = "--" ] && shift
extra=("$@")
targets=(${RLSIM_BENCH_TARGETS:-scenarios/oral-vs-iv.yaml scenarios/})
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$here"
./rlsim run "${targets[0]}" --out "$out/warm-up" "${extra[@]}" >/dev/null

median() { sort -g | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.2f", m}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)   runs per target: $n"
for target in "${targets[@]}"; do
  walls=()
  cpus=()
  for ((i = 0; i < n; i++)); do
    rm -rf "$out/run"
    t0=$(date +%s%N)
    # CPU of the child: `times` prints the children's user and system time after the run.
    cpu=$( { ./rlsim run "$target" --out "$out/run" "${extra[@]}" >/dev/null; times; } | tail -1 |
      awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
    t1=$(date +%s%N)
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
    cpus+=("$cpu")
  done
  printf '%-32s wall median %s s (min %s, max %s)   CPU median %s s (min %s, max %s)\n' "$target" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${walls[@]}" | sort -g | head -1)" \
    "$(printf '%s\n' "${walls[@]}" | sort -g | tail -1)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${cpus[@]}" | sort -g | head -1)" "$(printf '%s\n' "${cpus[@]}" | sort -g | tail -1)"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --runs "$n" --style basic --prepare "rm -rf $out/hf" \
      "./rlsim run $target --out $out/hf ${extra[*]}" 2>&1 | sed -n '/Time/,/Range/p'
  fi
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
