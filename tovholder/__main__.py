from tovholder.cli import main

raise SystemExit(main())
