from kamergraaf.cli import main

raise SystemExit(main())
