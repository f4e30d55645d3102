#!/usr/bin/env bash
# Renders two sheets (conflicts, parameters) as LibreOffice prints them, before and after
# `kitei format-tables`, as PNG: docs/screenshots/<table>-before.png and <table>-after.png.
#   tools/screenshots.sh [BEFORE_REVISION]    (default 61401e1: main before the workbooks guarded themselves)
# "before" is the workbook at BEFORE_REVISION, "after" the one in the working tree.
# Needs soffice (LibreOffice) and pdftoppm (poppler-utils); page 1 of each sheet's PDF, at 110 dpi.
set -euo pipefail
before_revision=${1:-61401e1}
root=$(git rev-parse --show-toplevel)
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/before" "$work/after"
for table in conflicts parameters; do
  git -C "$root" show "$before_revision:decision-tables/$table.xlsx" > "$work/before/$table.xlsx"
  cp "$root/decision-tables/$table.xlsx" "$work/after/$table.xlsx"
done
for side in before after; do
  soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work/$side" "$work/$side"/*.xlsx > /dev/null
  for table in conflicts parameters; do
    pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/$side/$table.pdf" "$out/$table-$side"
    echo "wrote $out/$table-$side.png"
  done
done
