from tovholder.app.cli import main

raise SystemExit(main())
