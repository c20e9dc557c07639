"""Every email ``python -m bench year`` sends, as sorted lines (Message-ID, To, Subject, Date, a
hash of the text), to compare two commits: run it in a checkout of each and diff the files.

    .venv/bin/python bench/_message_ids.py /tmp/ids-before.txt   # in the old checkout
    .venv/bin/python bench/_message_ids.py /tmp/ids-after.txt    # in the new one
    diff /tmp/ids-before.txt /tmp/ids-after.txt && echo identical
"""



import hashlib
import os
import shutil
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

sys.path.insert(0, os.getcwd())  # as bench/__main__.py does: the repository root first
import bench.year as year  # noqa: E402

out = Path(sys.argv[1]).resolve()
copy_dir = Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else None
rows: list[str] = []
original = year.outbox_counts


def capturing_outbox_counts(root):
    """Called by year.run() inside the TemporaryDirectory, right after the last tick."""
    for path in sorted(root.glob("*/outbox/*.eml")):
        raw = path.read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        body = msg.get_body(("plain",)) if msg.is_multipart() else msg
        text = body.get_content() if body is not None else ""
        h = hashlib.sha256(text.encode()).hexdigest()[:16]
        rows.append("\t".join([str(msg["Message-ID"]).strip(), str(msg["To"]), str(msg["Subject"]),
                               str(msg["Date"]), h]))
        if copy_dir is not None:
            dest = copy_dir / path.relative_to(root)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
    return original(root)


year.outbox_counts = capturing_outbox_counts
rc = year.main([])
out.write_text("".join(r + "\n" for r in sorted(rows)))
print(f"captured: {len(rows)} files, {len({r.split(chr(9))[0] for r in rows})} distinct Message-IDs"
      f" -> {out} (bench rc={rc})")
sys.exit(rc)
