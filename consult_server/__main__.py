from __future__ import annotations

from consult_server.cli import main

raise SystemExit(main())
