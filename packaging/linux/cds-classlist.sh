#!/bin/sh
# Records which classes the app loads until its first window (read by the dist profile in pom.xml, after jpackage
# made the app image), so that the installed app can start from a class-data archive (AppCDS).
#
# Usage: cds-classlist.sh IMAGE_DIR NAME SEEDS_DIR WORK_DIR
#
# Starts the image's own launcher once on a database holding the seed articles, until the window's first frame,
# with -XX:DumpLoadedClassList=IMAGE_DIR/lib/app/<name>.classlist, and adds -XX:SharedArchiveFile=$APPDIR/<name>.jsa
# to the launcher's .cfg. The archive itself is made where the app is installed (resources/postinst:
# -Xshare:dump through the installed launcher), because JDK 17 only maps an archive whose class path is exactly the
# one it was made with, and the installed jars are not where the build put them. Until it exists, or when it does
# not match, the JVM starts without it (-Xshare:auto is the default), about a second slower.
#
# The window needs a display: $DISPLAY, else xvfb-run. Without either, or when the training run fails, the image
# gets no class list and no archive option, and the build goes on with a warning.
set -u
image=$1
name=$2
seeds=$3
work=$4

launcher="$image/bin/$name"
app="$image/lib/app"
base=$(echo "$name" | tr 'A-Z' 'a-z')
classlist="$app/$base.classlist"
cfg="$app/$name.cfg"

if [ -n "${DISPLAY:-}" ]; then
    display=""
elif command -v xvfb-run >/dev/null 2>&1; then
    display="xvfb-run -a"
else
    echo "cds-classlist: WARNING: no display and no xvfb-run: $name will start without a class-data archive"
    exit 0
fi

rm -rf "$work" "$classlist"
mkdir -p "$work"
db="$work/training.mv.db"
# The seed articles, imported and extracted by the CLI, so the window opens on a list, a reader and a timeline.
if ! "$launcher" import --db "$db" "$seeds" >"$work/import.log" 2>&1; then
    echo "cds-classlist: WARNING: importing the seeds for the training run failed (see $work/import.log)"
    exit 0
fi
# The preferences folder keeps the training run's settings out of the builder's home folder.
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist -Dcrosscheck.exitAfterFirstFrame=true -Dcrosscheck.network=off -Djava.util.prefs.userRoot=$work/prefs" \
    timeout 300 $display "$launcher" --db "$db" >"$work/training.log" 2>&1
status=$?
if [ $status -ne 0 ] || [ ! -s "$classlist" ] || ! grep -q '^first-frame-ms ' "$work/training.log"; then
    echo "cds-classlist: WARNING: the training run failed (exit $status, see $work/training.log)"
    rm -f "$classlist"
    exit 0
fi
# jpackage writes its own java-options first; this one follows in the same [JavaOptions] section (the last one).
[ -z "$(tail -c 1 "$cfg")" ] || echo >>"$cfg"
echo 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$base.jsa" >>"$cfg"
echo "cds-classlist: $(grep -vc '^#' "$classlist") classes and lambda forms listed in $base.classlist;" \
    "training run: $(grep '^first-frame-ms ' "$work/training.log")"
