#!/usr/bin/env bash
# make torch-check: every `show: pytorch` script of the course run with PyTorch and compared with
# `descent run --format json` (scripts/torch_check.py). Uses the virtual environment in
# $TORCH_VENV when set; otherwise makes one in .build-torch/venv with CPU-only torch.
#   scripts/torch-check.sh [DESCENT_BINARY] [LESSON…]
set -euo pipefail
cd "$(dirname "$0")/.."
descent=${1:-.build/release/descent}
shift || true
venv=${TORCH_VENV:-.build-torch/venv}
if ! "$venv/bin/python" -c "import torch" 2>/dev/null; then
  if [ -n "${TORCH_VENV:-}" ]; then
    echo "error: TORCH_VENV=$TORCH_VENV has no python with torch" >&2
    exit 1
  fi
  echo "installing torch (CPU) into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet torch --index-url https://download.pytorch.org/whl/cpu
fi
"$venv/bin/python" -c "import torch; print('torch', torch.__version__)"
exec "$venv/bin/python" scripts/torch_check.py --descent "$descent" "$@"
