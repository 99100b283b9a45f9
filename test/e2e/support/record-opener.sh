#!/bin/sh
# Stands in for xdg-open in the e2e: records the folder the dev host was asked to open.
printf '%s\n' "$1" >> "$ATTUNE_OPEN_LOG"
