#!/bin/sh
# Prints a Python 3.10 interpreter (Rasa 3.6 needs <3.11): on PATH, under pyenv, or from apt.
for candidate in python3.10 "$(command -v pyenv >/dev/null 2>&1 && pyenv root)"/versions/3.10*/bin/python3.10 /usr/bin/python3.10; do
  if [ -x "$(command -v "$candidate" 2>/dev/null)" ] && "$candidate" -c 'import sys, venv; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
echo "Python 3.10 not found: install it (pyenv install 3.10 or apt-get install python3.10-venv)." >&2
exit 1
