#!/usr/bin/env bash
# Renders the application icon from the SVG sources in assets/icon/ into every size and
# container the installers and the console need, and copies the window icons into the
# console's resources. The outputs are committed; run this again after editing an SVG.
#
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick), png2icns (icnsutils),
# and a Korean font for the lettering (fonts-noto-cjk):
#   apt-get install -y librsvg2-bin imagemagick icnsutils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."

src=assets/icon
out=assets/icon/png
res=src/main/resources/org/yeyak/console/about
mkdir -p "$out" "$res"

for size in 16 24 32 48 64 128 256 512 1024; do
  # Below 64 px the lettering is a smudge: the small variant shows the page and tick only.
  if [ "$size" -lt 64 ]; then svg="$src/yeyak-small.svg"; else svg="$src/yeyak.svg"; fi
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$out/yeyak-$size.png"
done

# Windows: one .ico holding the sizes Explorer and the taskbar pick from.
convert "$out"/yeyak-{16,24,32,48,64,128,256}.png "$src/yeyak.ico"
# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512, 1024).
png2icns "$src/yeyak.icns" "$out"/yeyak-{16,32,48,128,256,512,1024}.png > /dev/null
# Linux: jpackage takes one PNG for the desktop entry.
cp "$out/yeyak-256.png" "$src/yeyak.png"

# Window icons (the title bar and task switcher choose the size they need) and the
# picture on the welcome and About dialogs.
for size in 16 32 48 64 128 256; do
  cp "$out/yeyak-$size.png" "$res/yeyak-$size.png"
done
echo "icons rendered into $out, $src/yeyak.{ico,icns,png} and $res"
