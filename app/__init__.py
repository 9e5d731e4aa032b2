"""Phone guide: an offline phone shopping guide."""

import os

__version__ = "0.2.0"

# No telemetry, ever. ONNX Runtime otherwise writes a device id and an event database under
# ~/.cache/Microsoft/DeveloperTools/ when it starts, on Linux too; the switch is read when it is
# first imported, so it is set here, before any part of the app can import it.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
