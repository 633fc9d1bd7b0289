"""How work is spread: `local` (processes on one machine). Every engine runs the same `analyze`."""
