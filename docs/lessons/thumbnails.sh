#!/usr/bin/env bash
# Rebuilds the lesson thumbnails shown in README.md: runs every bundled lesson (scenarios/*.yaml, not
# scenarios/calibration/) as PNG into a temporary folder and writes docs/lessons/<name>.png, the
# overview chart (for a lesson with virtual patients, its population-course chart, or its penetrance chart when
# its patients draw genotypes) scaled to 640 px wide
# (a 256-colour palette keeps each file well under 150 kB).
#
# Needs ImageMagick's `convert` (Debian/Ubuntu: apt-get install imagemagick) besides Java 17 and Maven.
# Usage, from anywhere: docs/lessons/thumbnails.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if ! convert -version 2>/dev/null | grep -q ImageMagick; then
  echo "thumbnails.sh: ImageMagick's 'convert' is missing; install it (apt-get install imagemagick) and run again" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/rlsim" run "$root/scenarios/" --format png --out "$out"
for overview in "$out"/*/overview.png; do
  name="$(basename "$(dirname "$overview")")"
  if [ -f "$out/$name/penetrance.png" ]; then
    overview="$out/$name/penetrance.png"
  elif [ -f "$out/$name/population-course.png" ]; then
    overview="$out/$name/population-course.png"
  fi
  convert "$overview" -resize 640x -strip -colors 256 "PNG8:$here/$name.png"
  echo "docs/lessons/$name.png: $(( $(stat -c %s "$here/$name.png") / 1024 )) kB"
done
