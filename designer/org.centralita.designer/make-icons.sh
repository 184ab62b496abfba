#!/bin/sh
# Draws the palette's and the figures' icons, one 16x16 PNG per node type, into icons/.
# Run from this directory after adding a node type to the registry (flows' NodeTypes):
# IconsTest fails while a type of the registry has no icon. Needs ImageMagick and DejaVu Sans.
# The colours follow NodeColors: blue talks with the caller, orange ends the call, green decides.
set -eu
cd "$(dirname "$0")"
mkdir -p icons
font=$(fc-match -f '%{file}' 'DejaVu Sans:bold')
talks='#2f6db5'; ends='#c96a12'; decides='#3f8f3f'
icon() {  # type colour glyph
  convert -size 16x16 xc:none -fill "$2" -draw 'roundrectangle 0,0 15,15 4,4' \
    -fill white -font "$font" -pointsize 11 -gravity center -annotate +0+0 "$3" \
    -strip -define png:exclude-chunks=date,time "icons/$1.png"
}
icon play      "$decides" '▶'
icon menu      "$talks"   '☰'
icon input     "$talks"   '#'
icon set       "$decides" '='
icon decision  "$decides" '?'
icon rules     "$decides" 'R'
icon crm       "$decides" '⇄'
icon hours     "$decides" '◷'
icon queue     "$ends"    'Q'
icon transfer  "$ends"    '↪'
icon voicemail "$ends"    'V'
icon record    "$talks"   '●'
icon callback  "$talks"   '↩'
icon language  "$talks"   'A'
icon subflow   "$decides" '↳'
icon return    "$ends"    '⏎'
icon hangup    "$ends"    '✖'
icon unknown   '#b03030'  '!'
